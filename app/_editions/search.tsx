import type { Metadata } from 'next';
import { EditionBar } from '@/components/layout/edition-bar';
import { SearchApp } from '@/components/search/search-app';
import { PageTitle } from '@/components/ui/page-title';
import { contentFor } from '@/lib/content';
import { dictionary, type Locale } from '@/lib/i18n';
import { setRequestLocale } from '@/lib/i18n/request';
import { routesFor } from '@/lib/routes';
import { editionPage } from '@/lib/seo/alternates';
import { pageMetadata } from '@/lib/seo/metadata';

export function searchMetadataFor(locale: Locale): Metadata {
  const t = dictionary(locale);
  const path = routesFor(locale).search();
  return pageMetadata({ title: t.search.title, description: t.search.intro, path, edition: editionPage(path, locale) });
}

export function SearchPage({ locale }: { locale: Locale }) {
  setRequestLocale(locale);
  const t = dictionary(locale);
  const routes = routesFor(locale);
  return (
    <>
      <EditionBar paths={editionPage(routes.search(), locale).paths} />
      <div className="mx-auto max-w-3xl px-4 pt-4 sm:px-6 sm:pt-8">
        <PageTitle title={t.search.title} intro={t.search.intro} />
        <SearchApp indexUrl={routes.searchIndex()} locale={locale} topics={contentFor(locale).getTopics().slice(0, 16)} />
        <noscript>
          <p className="mt-6 text-stone-700 dark:text-stone-300">{t.search.needsScript}</p>
        </noscript>
      </div>
    </>
  );
}
