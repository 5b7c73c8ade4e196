import type { ReactNode } from 'react';
import { ContentStatusBanner } from '@/components/dev/content-status-banner';
import { SiteFooter } from '@/components/layout/site-footer';
import { SiteHeader } from '@/components/layout/site-header';
import { ThemeScript } from '@/components/layout/theme-script';
import { getSiteNavigation } from '@/lib/content';
import { locale, t } from '@/lib/i18n';
import { rootMetadata } from '@/lib/seo/metadata';
import './globals.css';

export const metadata = rootMetadata;

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    // The theme script adds classes to <html> before React hydrates it.
    <html lang={locale} suppressHydrationWarning>
      <head>
        <ThemeScript />
      </head>
      <body className="flex min-h-screen flex-col">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-white focus:px-4 focus:py-2 focus:text-stone-900"
        >
          {t.skipToContent}
        </a>
        <ContentStatusBanner />
        <SiteHeader {...getSiteNavigation()} />
        <main id="main" className="flex-1">
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
