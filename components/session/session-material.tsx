import type { SessionView } from '@/lib/content/types';
import { SectionHeading } from '../ui/section-heading';
import { VideoPlayer } from './video-player';
import { getT } from '@/lib/i18n/request';

const linkClass =
  'inline-block rounded-lg border border-stone-300 px-4 py-2 text-sm font-medium hover:border-accent-600 dark:border-stone-700';

/** The recording (a click-to-load player where the host offers one) and the slides, when the editor gave them. */
/** `titleLang`: the title's language when it differs from the page's (an untranslated session). */
export function SessionMaterial({ slides, video, title, titleLang }: Pick<SessionView, 'slides' | 'video' | 'title'> & { titleLang?: string }) {
  if (!slides && !video) return null;
  const t = getT();
  const links = [
    ...(video && !video.embed ? [{ ...video, label: t.session.video }] : []),
    ...(slides ? [{ ...slides, label: t.session.slides }] : []),
  ];
  return (
    <section aria-labelledby="material" className="space-y-4">
      <SectionHeading id="material">{t.session.material}</SectionHeading>
      {video?.embed ? <VideoPlayer video={video} embed={video.embed} title={title} titleLang={titleLang} /> : null}
      {links.length > 0 ? (
        <ul className="flex flex-wrap gap-3">
          {links.map((link) => (
            <li key={link.url}>
              <a href={link.url} rel="noopener noreferrer" className={linkClass}>
                {link.label}
                <span className="ml-1.5 font-normal text-stone-500 dark:text-stone-400">{t.media.onHost(link.host)}</span> ↗
              </a>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
