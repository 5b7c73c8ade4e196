import { SpeakersPage, speakersMetadataFor } from '@/app/_editions/speakers';

export const generateMetadata = () => speakersMetadataFor('en');

export default function Speakers() {
  return <SpeakersPage locale={'en'} />;
}
