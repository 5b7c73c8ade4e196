import { Link } from '@/components/ui/link';
import type { AttributedText } from '@/lib/content/types';
import { SpeakerAvatar } from '../speaker/speaker-avatar';
import { SpeakerAffiliation } from '../speaker/speaker-affiliation';
import { textLang } from '@/lib/i18n';
import { OriginalWords } from './original-words';

/** A verbatim quote set as a pull quote, attributed to the speaker's page. */
export function QuoteBlock({ quote, lang }: { quote: AttributedText; lang?: string }) {
  return (
    <figure className="relative border-y border-stone-200 py-6 dark:border-stone-800">
      <span
        aria-hidden="true"
        className="absolute -top-5 left-0 bg-white pr-3 font-serif text-6xl leading-none text-accent-600 dark:bg-stone-950 dark:text-accent-300"
      >
        “
      </span>
      <blockquote className="text-lg leading-[1.85] font-medium text-stone-900 sm:text-xl sm:leading-[1.8] dark:text-stone-100">
        <p lang={lang}>{quote.text}</p>
        <OriginalWords text={quote.original} />
      </blockquote>
      <figcaption className="mt-4 flex items-center gap-3 text-sm text-stone-600 dark:text-stone-400">
        <SpeakerAvatar speaker={quote.speaker} size="sm" />
        <span>
          <Link href={quote.speaker.url} lang={textLang(quote.speaker, 'name')} className="font-semibold text-stone-900 hover:underline dark:text-stone-100">
            {quote.speaker.name}
          </Link>
          <span className="block">
            <SpeakerAffiliation speaker={quote.speaker} />
          </span>
        </span>
      </figcaption>
    </figure>
  );
}
