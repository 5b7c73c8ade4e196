import type { SessionView } from '@/lib/content/types';
import { readingMinutes } from '@/lib/reading/reading-time';
import type { RelatedSession } from '@/lib/reading/related-sessions';
import { tableOfContents, worthATableOfContents } from '@/lib/reading/table-of-contents';
import { htmlToText } from '@/lib/search/plain-text';
import { Panel } from '../roundtable/panel';
import { ProseHtml } from '../ui/prose-html';
import { SectionHeading } from '../ui/section-heading';
import { TopicList } from '../ui/topic-list';
import { QuoteList } from './quote-list';
import { RelatedSessions } from './related-sessions';
import { SessionHeader } from './session-header';
import { SessionMaterial } from './session-material';
import { SessionPager } from './session-pager';
import { TableOfContents } from './table-of-contents';
import { TakeawayList } from './takeaway-list';
import { textLang } from '@/lib/i18n';
import { getT } from '@/lib/i18n/request';

/** A session page: the talk view, or the roundtable view (panel with positions and quotes, then the discussion). */
export function SessionArticle({ session, related }: { session: SessionView; related: RelatedSession[] }) {
  const t = getT();
  const isRoundtable = session.kind === 'roundtable';
  const lang = textLang(session);
  const toc = tableOfContents(session.bodyHtml);
  const readingText = [
    session.summary,
    ...session.takeaways,
    ...session.positions.map((entry) => entry.text),
    ...session.quotes.map((entry) => entry.text),
    htmlToText(session.bodyHtml),
  ].join('\n');
  return (
    <article className="mx-auto max-w-3xl px-4 pt-8 sm:px-6 sm:pt-12">
      <SessionHeader session={session} readingMinutes={readingMinutes(readingText)} />
      <div className="mt-8 space-y-10">
        <TopicList topics={session.topicLinks} />
        <SessionMaterial slides={session.slides} video={session.video} />
        <TakeawayList takeaways={session.takeaways} lang={lang} />
        {isRoundtable ? (
          <Panel
            moderator={session.moderator}
            panelists={session.panelists}
            positions={session.positions}
            quotes={session.quotes}
            lang={lang}
          />
        ) : (
          <QuoteList quotes={session.quotes} lang={lang} />
        )}
        <section aria-labelledby="recap">
          <SectionHeading id="recap">{isRoundtable ? t.roundtable.discussion : t.session.recap}</SectionHeading>
          {worthATableOfContents(toc) ? (
            <div className="mb-8" data-print-hidden="">
              <TableOfContents entries={toc} />
            </div>
          ) : null}
          <ProseHtml html={session.bodyHtml} className="measure" lang={lang} />
        </section>
        <RelatedSessions related={related} />
        <SessionPager previous={session.previous} next={session.next} />
      </div>
    </article>
  );
}
