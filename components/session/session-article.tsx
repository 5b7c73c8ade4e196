import type { SessionPage } from '@/lib/content/types';
import { textLang } from '@/lib/i18n';
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
import { getT } from '@/lib/i18n/request';

/** A session page: the talk view, or the roundtable view (panel with positions and quotes, then the discussion). */
export function SessionArticle({ page }: { page: SessionPage }) {
  const t = getT();
  const { session, panel } = page;
  const lang = textLang(session);
  return (
    <article className="mx-auto max-w-3xl px-4 pt-8 sm:px-6 sm:pt-12">
      <SessionHeader session={session} readingMinutes={page.readingMinutes} />
      <div className="mt-8 space-y-10">
        <TopicList topics={page.topics} />
        <SessionMaterial slides={session.slides} video={session.video} title={session.title} titleLang={textLang(session, 'title')} />
        <TakeawayList takeaways={session.takeaways} lang={textLang(session, 'takeaways')} />
        {panel ? (
          <Panel panel={panel} langs={{ quotes: textLang(session, 'quotes'), positions: textLang(session, 'positions') }} />
        ) : (
          <QuoteList quotes={session.quotes} lang={textLang(session, 'quotes')} />
        )}
        <section aria-labelledby="recap">
          <SectionHeading id="recap">{panel ? t.roundtable.discussion : t.session.recap}</SectionHeading>
          {page.tableOfContents.length > 0 ? (
            <div className="mb-8" data-print-hidden="">
              <TableOfContents entries={page.tableOfContents} lang={lang} />
            </div>
          ) : null}
          <ProseHtml html={session.bodyHtml} className="measure" lang={lang} />
        </section>
        <RelatedSessions related={page.related} />
        <SessionPager {...page.pager} />
      </div>
    </article>
  );
}
