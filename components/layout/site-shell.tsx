import type { ReactNode } from 'react';
import { ContentStatusBanner } from '@/components/dev/content-status-banner';
import type { Locale } from '@/lib/i18n';
import { getT, setRequestLocale } from '@/lib/i18n/request';
import { pagesFor } from '@/lib/pages';
import { SiteFooter } from './site-footer';
import { SiteHeader } from './site-header';
import { ThemeScript } from './theme-script';

/** The document of one edition: `<html lang>` comes from the edition, and nowhere else. */
export function SiteShell({ locale, children }: { locale: Locale; children: ReactNode }) {
  setRequestLocale(locale);
  const t = getT();
  return (
    // The theme script adds classes to <html> before React hydrates it.
    <html lang={locale} suppressHydrationWarning>
      {/* The edition layouts render this document; next/head is for the pages router. */}
      {/* eslint-disable-next-line @next/next/no-head-element */}
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
        <SiteHeader {...pagesFor(locale).getSiteNavigation()} />
        <main id="main" className="flex-1">
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
