import { EventsPage, eventsMetadataFor } from '@/app/_editions/events-archive';

export const generateMetadata = () => eventsMetadataFor('zh-CN');

export default function Events() {
  return <EventsPage locale={'zh-CN'} />;
}
