import type { ReactNode } from 'react';
import { SiteShell } from '@/components/layout/site-shell';
import { rootMetadata } from '@/lib/seo/metadata';
import '../globals.css';

export const metadata = rootMetadata('en');

export default function EnglishLayout({ children }: { children: ReactNode }) {
  return <SiteShell locale={'en'}>{children}</SiteShell>;
}
