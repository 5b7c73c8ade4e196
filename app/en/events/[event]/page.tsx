import { EventPage, eventMetadataFor, eventParams, type EventParams } from '@/app/_editions/event';

export const dynamicParams = false;
export const generateStaticParams = () => eventParams('en');
export const generateMetadata = (props: EventParams) => eventMetadataFor('en', props);

export default function Event(props: EventParams) {
  return <EventPage locale={'en'} {...props} />;
}
