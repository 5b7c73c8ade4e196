import { HomePage, homeMetadataFor } from '@/app/_editions/home';

export const generateMetadata = () => homeMetadataFor('en');

export default function Home() {
  return <HomePage locale={'en'} />;
}
