import { SessionPage, sessionMetadataFor, sessionParams, type SessionParams } from '@/app/_editions/session';

export const dynamicParams = false;
export const generateStaticParams = () => sessionParams('zh-CN');
export const generateMetadata = (props: SessionParams) => sessionMetadataFor('zh-CN', props);

export default function Session(props: SessionParams) {
  return <SessionPage locale={'zh-CN'} {...props} />;
}
