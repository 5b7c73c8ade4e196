import { EventsPage, eventsMetadataFor } from '@/app/_editions/events-archive';

export const generateMetadata = () => eventsMetadataFor('en');

export default function Events() {
  return <EventsPage locale={'en'} />;
}
