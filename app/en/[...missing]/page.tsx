import { NotFoundPage, notFoundMetadata } from '@/app/_editions/not-found';

// The English not-found page as a file of the static export (out/en/404.html): static hosts serve it,
// with status 404, for a missing address under /en/ (deploy/). No other path is generated, so under
// `next start` an unknown English address gets app/global-not-found.tsx, which speaks both languages.
export const dynamicParams = false;
export const generateStaticParams = () => [{ missing: ['404'] }];
export const metadata = notFoundMetadata('en');

export default function EnglishNotFound() {
  return <NotFoundPage locale="en" />;
}
