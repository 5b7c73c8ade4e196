import { SpeakersPage, speakersMetadataFor } from '@/app/_editions/speakers';

export const generateMetadata = () => speakersMetadataFor('zh-CN');

export default function Speakers() {
  return <SpeakersPage locale={'zh-CN'} />;
}
