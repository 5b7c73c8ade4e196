import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { SessionHeader } from '@/components/session/session-header';
import { store } from '../../../fixtures/content-store';

const session = store.getSessions()[0]!;

describe('SessionHeader', () => {
  it('names the language of a talk given in another language, by its name in Chinese', () => {
    const html = renderToStaticMarkup(<SessionHeader session={{ ...session, language: 'en' }} readingMinutes={3} />);
    expect(html).toContain('语言：英语');
  });

  it('says nothing about the language when the file does not give one', () => {
    expect(session.language).toBeUndefined();
    expect(renderToStaticMarkup(<SessionHeader session={session} readingMinutes={3} />)).not.toContain('语言');
  });
});
