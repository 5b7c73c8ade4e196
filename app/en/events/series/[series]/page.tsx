import { EventsPage, eventsMetadataFor, seriesFilter, seriesParams, type SeriesParams } from '@/app/_editions/events-archive';

export const dynamicParams = false;
export const generateStaticParams = () => seriesParams('en');
export const generateMetadata = async (props: SeriesParams) => eventsMetadataFor('en', await seriesFilter(props));

export default async function EventsOfSeries(props: SeriesParams) {
  return <EventsPage locale={'en'} filter={await seriesFilter(props)} />;
}
