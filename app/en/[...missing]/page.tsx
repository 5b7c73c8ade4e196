import { NotFoundPage, notFoundMetadata } from '@/app/_editions/not-found';

// The English not-found page, prerendered at /en/404: static hosts serve out/en/404.html, with status
// 404, for a missing address under /en/ (deploy/), and `npm start` sends this page with status 404
// wherever Next has no such address under /en/ (lib/server/english-not-found.mjs). No other path is
// generated; other unknown addresses get app/global-not-found.tsx.
export const dynamicParams = false;
export const generateStaticParams = () => [{ missing: ['404'] }];
export const metadata = notFoundMetadata('en');

export default function EnglishNotFound() {
  return <NotFoundPage locale="en" />;
}
