import type { Metadata } from 'next';
import { Link } from '@/components/ui/link';
import { dictionary, type Locale } from '@/lib/i18n';
import { routesFor } from '@/lib/routes';

export const notFoundMetadata = (locale: Locale): Metadata => ({
  title: dictionary(locale).notFound.title,
  robots: { index: false },
});

/** The not-found message in one language; the caller's document or wrapper gives its lang. */
export function NotFoundPage({ locale, heading: Heading = 'h1' }: { locale: Locale; heading?: 'h1' | 'h2' }) {
  const t = dictionary(locale);
  const routes = routesFor(locale);
  return (
    <div className="mx-auto max-w-2xl px-4 py-20 text-center sm:py-28">
      {Heading === 'h1' ? <p className="font-mono text-5xl font-bold text-accent-700 dark:text-accent-300">404</p> : null}
      <Heading className="mt-4 text-2xl font-bold text-stone-900 sm:text-3xl dark:text-stone-50">{t.notFound.title}</Heading>
      <p className="mt-4 text-stone-600 dark:text-stone-400">{t.notFound.body}</p>
      <div className="mt-8 flex flex-wrap justify-center gap-3">
        <Link href={routes.home()} className="rounded-lg bg-accent-700 px-5 py-2.5 font-medium text-white hover:bg-accent-800">
          {t.notFound.backHome}
        </Link>
        <Link
          href={routes.speakers()}
          className="rounded-lg border border-stone-300 px-5 py-2.5 font-medium hover:border-accent-600 dark:border-stone-700"
        >
          {t.notFound.browseSpeakers}
        </Link>
      </div>
    </div>
  );
}
