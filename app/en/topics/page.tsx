import { TopicsPage, topicsMetadataFor } from '@/app/_editions/topics';

export const generateMetadata = () => topicsMetadataFor('en');

export default function Topics() {
  return <TopicsPage locale={'en'} />;
}
