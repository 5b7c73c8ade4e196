import { HomePage, homeMetadataFor } from '@/app/_editions/home';

export const generateMetadata = () => homeMetadataFor('zh-CN');

export default function Home() {
  return <HomePage locale={'zh-CN'} />;
}
