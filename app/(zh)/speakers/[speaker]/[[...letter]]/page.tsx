import { SpeakerPage, speakerMetadataFor, speakerParams, type SpeakerParams } from '@/app/_editions/speakers';

export const dynamicParams = false;
export const generateStaticParams = () => speakerParams('zh-CN');
export const generateMetadata = (props: SpeakerParams) => speakerMetadataFor('zh-CN', props);

export default function Speaker(props: SpeakerParams) {
  return <SpeakerPage locale={'zh-CN'} {...props} />;
}
