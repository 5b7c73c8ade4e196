import { SearchPage, searchMetadataFor } from '@/app/_editions/search';

export const metadata = searchMetadataFor('zh-CN');

export default function Search() {
  return <SearchPage locale={'zh-CN'} />;
}
