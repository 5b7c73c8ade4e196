import { NotFoundPage, notFoundMetadata } from '@/app/_editions/not-found';

export const metadata = notFoundMetadata('zh-CN');

export default function NotFound() {
  return <NotFoundPage locale={'zh-CN'} />;
}
