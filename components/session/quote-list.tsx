import type { AttributedText } from '@/lib/content/types';
import { SectionHeading } from '../ui/section-heading';
import { QuoteBlock } from './quote-block';
import { getT } from '@/lib/i18n/request';

export function QuoteList({ quotes, lang }: { quotes: AttributedText[]; lang?: string }) {
  const t = getT();
  if (quotes.length === 0) return null;
  return (
    <section aria-labelledby="quotes">
      <SectionHeading id="quotes">{t.session.quotes}</SectionHeading>
      <div className="space-y-10 pt-4">
        {quotes.map((quote) => (
          <QuoteBlock key={quote.text} quote={quote} lang={lang} />
        ))}
      </div>
    </section>
  );
}
