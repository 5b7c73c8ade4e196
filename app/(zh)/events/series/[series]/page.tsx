import { EventsPage, eventsMetadataFor, seriesFilter, seriesParams, type SeriesParams } from '@/app/_editions/events-archive';

export const dynamicParams = false;
export const generateStaticParams = () => seriesParams('zh-CN');
export const generateMetadata = async (props: SeriesParams) => eventsMetadataFor('zh-CN', await seriesFilter(props));

export default async function EventsOfSeries(props: SeriesParams) {
  return <EventsPage locale={'zh-CN'} filter={await seriesFilter(props)} />;
}
