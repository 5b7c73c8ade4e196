import { Fragment, type ReactNode } from 'react';
import { messageAround } from '@/lib/i18n';
import { getFormat } from '@/lib/i18n/request';

/** A piece of text and its language, set only when it differs from the page's. */
export interface TextInLanguage {
  text: string;
  lang?: string;
}

/** Names joined the page's way (`A, B and C`), each marked with its own language. */
export function ListInLanguages({ items }: { items: TextInLanguage[] }) {
  const format = getFormat();
  let item = 0;
  return (
    <>
      {format.listParts(items.map(({ text }) => text)).map((part, index) => {
        if (part.type === 'literal') return <Fragment key={index}>{part.value}</Fragment>;
        const { lang } = items[item++] ?? {};
        return (
          <span key={index} lang={lang}>
            {part.value}
          </span>
        );
      })}
    </>
  );
}

/** A message of the page's dictionary with its one value (a name, a list) set apart in its own language. */
export function MessageWith({ message, children }: { message: (value: string) => string; children: ReactNode }) {
  const [before, after] = messageAround(message);
  return (
    <>
      {before}
      {children}
      {after}
    </>
  );
}
