import { getSpeaker, getSpeakers, type SpeakerView } from '@/lib/content';
import { openDataResponse, speakersFile } from '@/lib/open-data/files';

export const dynamic = 'force-static';

export function GET() {
  const speakers = getSpeakers().map((speaker) => getSpeaker(speaker.slug) as SpeakerView);
  return openDataResponse(speakersFile(speakers, new Date()));
}
