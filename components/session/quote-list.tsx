import { t } from '@/lib/i18n';
import type { AttributedText } from '@/lib/content/types';
import { SectionHeading } from '../ui/section-heading';
import { QuoteBlock } from './quote-block';

export function QuoteList({ quotes }: { quotes: AttributedText[] }) {
  if (quotes.length === 0) return null;
  return (
    <section aria-labelledby="quotes">
      <SectionHeading id="quotes">{t.session.quotes}</SectionHeading>
      <div className="space-y-10 pt-4">
        {quotes.map((quote) => (
          <QuoteBlock key={quote.text} quote={quote} />
        ))}
      </div>
    </section>
  );
}
