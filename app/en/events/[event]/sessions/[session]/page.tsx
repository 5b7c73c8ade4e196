import { SessionPage, sessionMetadataFor, sessionParams, type SessionParams } from '@/app/_editions/session';

export const dynamicParams = false;
export const generateStaticParams = () => sessionParams('en');
export const generateMetadata = (props: SessionParams) => sessionMetadataFor('en', props);

export default function Session(props: SessionParams) {
  return <SessionPage locale={'en'} {...props} />;
}
