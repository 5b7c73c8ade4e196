import { cityFilter, cityParams, EventsPage, eventsMetadataFor, type CityParams } from '@/app/_editions/events-archive';

export const dynamicParams = false;
export const generateStaticParams = () => cityParams('en');
export const generateMetadata = async (props: CityParams) => eventsMetadataFor('en', await cityFilter(props));

export default async function EventsInCity(props: CityParams) {
  return <EventsPage locale={'en'} filter={await cityFilter(props)} />;
}
