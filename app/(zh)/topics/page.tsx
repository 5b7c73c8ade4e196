import { TopicsPage, topicsMetadataFor } from '@/app/_editions/topics';

export const generateMetadata = () => topicsMetadataFor('zh-CN');

export default function Topics() {
  return <TopicsPage locale={'zh-CN'} />;
}
