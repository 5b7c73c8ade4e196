import { SiteShell } from '@/components/layout/site-shell';
import { NotFoundPage, notFoundMetadata } from './_editions/not-found';
import './globals.css';

// An address no route matches. The editions have separate root layouts, so this page brings its own
// document. It cannot know which edition was asked for (it is one prerendered page), so under the
// Chinese page it says the same in English, marked lang="en"; the static export also has an
// English-only page (app/en/[...missing]) that static hosts and `npm start` send under /en/.
export const metadata = notFoundMetadata('zh-CN');

export default function GlobalNotFound() {
  return (
    <SiteShell locale="zh-CN">
      <NotFoundPage locale="zh-CN" />
      <div lang="en" className="-mt-12 border-t border-stone-200 dark:border-stone-800">
        <NotFoundPage locale="en" heading="h2" />
      </div>
    </SiteShell>
  );
}
