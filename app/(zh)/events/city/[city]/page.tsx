import { cityFilter, cityParams, EventsPage, eventsMetadataFor, type CityParams } from '@/app/_editions/events-archive';

export const dynamicParams = false;
export const generateStaticParams = () => cityParams('zh-CN');
export const generateMetadata = async (props: CityParams) => eventsMetadataFor('zh-CN', await cityFilter(props));

export default async function EventsInCity(props: CityParams) {
  return <EventsPage locale={'zh-CN'} filter={await cityFilter(props)} />;
}
