import type { Locale } from '@/lib/i18n';
import { getT } from '@/lib/i18n/request';
import { LanguageSwitch } from './language-switch';

interface EditionBarProps {
  /** This page in each edition. */
  paths: Record<Locale, string>;
  /** The document has no translation yet: its original text follows, with a notice saying so. */
  untranslated?: boolean;
}

/** Above every page's content: the switch to the other edition, and the notice on an untranslated page. */
export function EditionBar({ paths, untranslated = false }: EditionBarProps) {
  const t = getT();
  return (
    <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-end gap-3 px-4 pt-4 sm:px-6 print:hidden">
      {untranslated ? (
        <p role="note" data-untranslated-notice="" className="mr-auto rounded-md bg-amber-50 px-3 py-1.5 text-sm text-amber-900 dark:bg-amber-950 dark:text-amber-100">
          {t.edition.untranslated}
        </p>
      ) : null}
      <LanguageSwitch paths={paths} />
    </div>
  );
}
