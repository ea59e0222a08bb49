import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CorpusError, readCorpus } from '@/lib/corpus/load-corpus';
import { toEventSummary } from '@/lib/corpus/to-event-summary';
import { FIXTURE_CORPUS_DIR, createCorpusDir } from '../../helpers';

const FILE = '2022-05-04-defense-ministerial.md';

/** A fixture event file with a Japanese title and label. */
const EVENT = readFileSync(path.join(FIXTURE_CORPUS_DIR, 'events', FILE), 'utf8').replace(
  /^title: .*$/m,
  '$&\ntitleJa: 日米防衛相会談\nlabelJa: 岸・オースティン会談（米国防総省）',
);

/** The fixture corpus’s themes, the first (senkaku) with its Japanese label and description. */
function themesWithJapanese(): string {
  const file = JSON.parse(readFileSync(path.join(FIXTURE_CORPUS_DIR, 'themes.json'), 'utf8'));
  Object.assign(file.themes[0], { labelJa: '尖閣諸島', descriptionJa: '尖閣諸島と第5条の適用。' });
  return JSON.stringify(file);
}

const corpusWith = (event: string) =>
  createCorpusDir({
    'themes.json': themesWithJapanese(),
    [`events/${FILE}`]: event,
  });

describe('readCorpus() with Japanese names', () => {
  it('carries an event’s Japanese title and label into the event and its summary', () => {
    const event = readCorpus(corpusWith(EVENT)).events.find((e) => e.titleJa);
    expect(toEventSummary(event!)).toMatchObject({
      titleJa: '日米防衛相会談',
      labelJa: '岸・オースティン会談（米国防総省）',
    });
  });

  it('carries a theme’s Japanese label and description', () => {
    const [theme] = readCorpus(corpusWith(EVENT)).themes;
    expect(theme).toMatchObject({ labelJa: '尖閣諸島', descriptionJa: '尖閣諸島と第5条の適用。' });
  });

  it('leaves them out of a summary where the file gives none', () => {
    const plain = EVENT.replace(/^(?:titleJa|labelJa): .*\n/gm, '');
    const summary = toEventSummary(
      readCorpus(corpusWith(plain)).events.find((e) => e.id === FILE.slice(0, -3))!,
    );
    expect(Object.keys(summary)).not.toContain('titleJa');
    expect(Object.keys(summary)).not.toContain('labelJa');
  });

  it('rejects a Japanese label too long to be one, naming the field', () => {
    const long = EVENT.replace(/^labelJa: .*$/m, `labelJa: ${'会談'.repeat(16)}`);
    expect(() => readCorpus(corpusWith(long))).toThrow(CorpusError);
    expect(() => readCorpus(corpusWith(long))).toThrow(
      /2022-05-04-defense-ministerial\.md: labelJa: must be a short label of at most 30 characters/,
    );
  });
});
