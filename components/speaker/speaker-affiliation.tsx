import type { SpeakerRef } from '@/lib/content/types';
import { textLang } from '@/lib/i18n';

/** "Organization · role", each in its own language (a translation may leave one to the Chinese original). */
export function SpeakerAffiliation({ speaker }: { speaker: SpeakerRef }) {
  return (
    <>
      <span lang={textLang(speaker, 'organization')}>{speaker.organization}</span>
      {' · '}
      <span lang={textLang(speaker, 'role')}>{speaker.role}</span>
    </>
  );
}
