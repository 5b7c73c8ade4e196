import type { ReactNode } from 'react';
import { SiteShell } from '@/components/layout/site-shell';
import { rootMetadata } from '@/lib/seo/metadata';
import '../globals.css';

export const metadata = rootMetadata('zh-CN');

export default function ChineseLayout({ children }: { children: ReactNode }) {
  return <SiteShell locale={'zh-CN'}>{children}</SiteShell>;
}
