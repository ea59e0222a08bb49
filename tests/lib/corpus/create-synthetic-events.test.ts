import { describe, expect, it } from 'vitest';
import { eventFrontMatterSchema } from '@/lib/corpus/corpus-schema';
import { createSyntheticEvents } from '@/lib/corpus/create-synthetic-events';
import { formatEventFile } from '@/lib/corpus/event-file';
import { loadCorpus, readCorpus } from '@/lib/corpus/load-corpus';
import { DATA_DIR, createCorpusDir } from '../../helpers';

// The generator knows a phrase for each theme of the bundled taxonomy: these tests hold it to them.
const { themes } = loadCorpus(DATA_DIR);

describe('createSyntheticEvents()', () => {
  const events = createSyntheticEvents(300, themes, 7);

  it('makes valid events, marked synthetic, dated 1960-2024, of every kind', () => {
    expect(events).toHaveLength(300);
    for (const { frontMatter } of events) {
      expect(eventFrontMatterSchema.safeParse(frontMatter).success).toBe(true);
      expect(frontMatter).toMatchObject({
        synthetic: true,
        title: expect.stringMatching(/\(invented\)$/),
      });
    }
    const dates = events.map(({ frontMatter }) => String(frontMatter.date));
    expect(dates.every((date) => date >= '1960-01-01' && date <= '2024-12-31')).toBe(true);
    expect(new Set(events.map(({ frontMatter }) => frontMatter.kind)).size).toBe(6);
  });

  it('gives the same corpus for the same seed', () => {
    expect(createSyntheticEvents(5, themes, 7)).toEqual(events.slice(0, 5));
    expect(createSyntheticEvents(5, themes, 8)).not.toEqual(events.slice(0, 5));
  });

  it('writes text the reader tags with themes and speakers', () => {
    const files = events
      .slice(0, 50)
      .map(({ frontMatter, body }) => [
        `events/${frontMatter.id}.md`,
        formatEventFile(frontMatter, body),
      ]);
    const corpus = readCorpus(createCorpusDir(Object.fromEntries(files), DATA_DIR));
    expect(corpus.events).toHaveLength(50);
    const statements = corpus.events.flatMap((event) => event.statements);
    expect(statements.every((statement) => statement.themes.length > 0)).toBe(true);
    expect(new Set(statements.map((statement) => statement.speaker))).toEqual(
      new Set(['joint', 'japan', 'us']),
    );
  });
});
