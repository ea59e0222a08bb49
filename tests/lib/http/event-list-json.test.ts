import { describe, expect, it } from 'vitest';
import { loadCorpus } from '@/lib/corpus/load-corpus';
import { toEventSummary } from '@/lib/corpus/to-event-summary';
import { createEventListJson, summaryJsonOf } from '@/lib/http/event-list-json';
import { FIXTURE_CORPUS_DIR } from '../../helpers';

describe('createEventListJson()', () => {
  it('writes what JSON.stringify writes of the page of summaries', () => {
    const items = loadCorpus(FIXTURE_CORPUS_DIR).events;
    for (const page of [
      { items, total: items.length, next: null },
      { items: items.slice(0, 2), total: 9, next: 'WyIyMDIxIl0' },
      { items: [], total: 0, next: null },
    ])
      expect(createEventListJson(page)).toBe(
        JSON.stringify({
          events: page.items.map(toEventSummary),
          total: page.total,
          next: page.next,
        }),
      );
  });
});

describe('summaryJsonOf()', () => {
  it('encodes an event object once: a changed event comes as a new object', () => {
    const event = { ...loadCorpus(FIXTURE_CORPUS_DIR).events[0]! };
    const first = summaryJsonOf(event);
    expect(first).toBe(JSON.stringify(toEventSummary(event)));
    event.title = 'Changed in place';
    expect(summaryJsonOf(event)).toBe(first);
    expect(summaryJsonOf({ ...event })).toContain('Changed in place');
  });
});
