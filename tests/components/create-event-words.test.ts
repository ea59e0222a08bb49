import { createTranslator } from 'next-intl';
import { describe, expect, it } from 'vitest';
import { createEventWords, type Translate } from '@/app/_components/create-event-words';
import { ENGLISH_EVENT_WORDS } from '@/app/_components/event-words';
import en from '@/messages/en.json';
import ja from '@/messages/ja.json';

function translatorOf(locale: 'en' | 'ja'): Translate {
  const messages = locale === 'en' ? en : ja;
  return createTranslator({ locale, messages }) as unknown as Translate;
}

describe('createEventWords()', () => {
  it('words English as the components do without words', () => {
    expect(createEventWords(translatorOf('en'), 'en', [])).toEqual(ENGLISH_EVENT_WORDS);
  });

  it('keeps the templates’ slots for the components to fill', () => {
    const words = createEventWords(translatorOf('ja'), 'ja', []);
    expect(words.facts.inJapan).toBe('（日本時間{date}）');
    expect(words.statements.refersTo).toContain('{link}');
    expect(words.panel.loadError).toContain('{message}');
    expect(words.speakers.bothMinisters).toBe('両大臣');
    expect(words.kinds['defense-ministerial']).toBe('日米防衛相会談');
  });
});
