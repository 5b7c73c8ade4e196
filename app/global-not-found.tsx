import { SiteShell } from '@/components/layout/site-shell';
import { NotFoundPage, notFoundMetadata } from './_editions/not-found';
import './globals.css';

// An address no route matches. The editions have separate root layouts, so this page brings its own
// document; English addresses under /en/ never reach it (app/en/[...missing] answers them in English).
export const metadata = notFoundMetadata('zh-CN');

export default function GlobalNotFound() {
  return (
    <SiteShell locale="zh-CN">
      <NotFoundPage locale="zh-CN" />
    </SiteShell>
  );
}
