import { TopicPage, topicMetadataFor, topicParams, type TopicParams } from '@/app/_editions/topics';

export const dynamicParams = false;
export const generateStaticParams = () => topicParams('zh-CN');
export const generateMetadata = (props: TopicParams) => topicMetadataFor('zh-CN', props);

export default function Topic(props: TopicParams) {
  return <TopicPage locale={'zh-CN'} {...props} />;
}
