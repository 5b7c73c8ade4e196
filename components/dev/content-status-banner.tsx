import { LiveContentStatus } from './live-content-status';

/**
 * The content check's result at the top of every page while an editor previews with `npm run dev`.
 * A production build renders nothing here and ships none of its code (next.config.ts).
 */
export function ContentStatusBanner() {
  return process.env.NODE_ENV === 'development' ? <LiveContentStatus /> : null;
}
