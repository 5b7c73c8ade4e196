import { notFound } from 'next/navigation';

// Any other address under /en: the English not-found page, inside the English layout (`<html lang="en">`).
// The one prerendered path is the static export's /en/404.html, which the static hosts serve for /en/ misses.
export const generateStaticParams = () => [{ missing: ['404'] }];

export default function Missing() {
  notFound();
}
