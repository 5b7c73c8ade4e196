import { SpeakerPage, speakerMetadataFor, speakerParams, type SpeakerParams } from '@/app/_editions/speakers';

export const dynamicParams = false;
export const generateStaticParams = () => speakerParams('en');
export const generateMetadata = (props: SpeakerParams) => speakerMetadataFor('en', props);

export default function Speaker(props: SpeakerParams) {
  return <SpeakerPage locale={'en'} {...props} />;
}
