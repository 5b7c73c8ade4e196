import { SearchPage, searchMetadataFor } from '@/app/_editions/search';

export const metadata = searchMetadataFor('en');

export default function Search() {
  return <SearchPage locale={'en'} />;
}
