import { NotFoundPage, notFoundMetadata } from '@/app/_editions/not-found';

export const metadata = notFoundMetadata('en');

export default function NotFound() {
  return <NotFoundPage locale={'en'} />;
}
