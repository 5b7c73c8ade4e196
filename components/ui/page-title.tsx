import type { ReactNode } from 'react';

interface PageTitleProps {
  /** Text, or text with a part in another language (an untranslated topic name in an English heading). */
  title: ReactNode;
  intro?: ReactNode;
  /** The title's language when it differs from the page's (an untranslated topic name). */
  lang?: string;
}

/** The h1 block of a listing page. */
export function PageTitle({ title, intro, lang }: PageTitleProps) {
  return (
    <header className="mb-8">
      <h1 lang={lang} className="text-2xl font-bold text-stone-900 sm:text-3xl dark:text-stone-50">{title}</h1>
      {intro ? <p className="mt-3 text-stone-600 dark:text-stone-400">{intro}</p> : null}
    </header>
  );
}
