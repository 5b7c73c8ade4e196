import { TopicPage, topicMetadataFor, topicParams, type TopicParams } from '@/app/_editions/topics';

export const dynamicParams = false;
export const generateStaticParams = () => topicParams('en');
export const generateMetadata = (props: TopicParams) => topicMetadataFor('en', props);

export default function Topic(props: TopicParams) {
  return <TopicPage locale={'en'} {...props} />;
}
