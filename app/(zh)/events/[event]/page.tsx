import { EventPage, eventMetadataFor, eventParams, type EventParams } from '@/app/_editions/event';

export const dynamicParams = false;
export const generateStaticParams = () => eventParams('zh-CN');
export const generateMetadata = (props: EventParams) => eventMetadataFor('zh-CN', props);

export default function Event(props: EventParams) {
  return <EventPage locale={'zh-CN'} {...props} />;
}
