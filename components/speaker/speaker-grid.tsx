import type { SpeakerRef } from '@/lib/content/types';
import { SpeakerCard } from './speaker-card';

export function SpeakerGrid({ speakers }: { speakers: SpeakerRef[] }) {
  return (
    <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
      {speakers.map((speaker) => (
        <li key={speaker.slug}>
          <SpeakerCard speaker={speaker} />
        </li>
      ))}
    </ul>
  );
}
