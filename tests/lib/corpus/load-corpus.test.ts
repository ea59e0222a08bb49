import { describe, expect, it } from 'vitest';
import { CorpusError, readCorpus } from '@/lib/corpus/load-corpus';
import { FIXTURE_CORPUS_DIR, createCorpusDir } from '../../helpers';

const EVENT = `---
id: 2023-01-12-defense-ministerial
title: Test meeting
kind: defense-ministerial
date: "2023-01-12"
format: in-person
participants:
  - name: Hamada Yasukazu
    role: Minister of Defense
    country: japan
sources:
  - publisher: Test
    title: Test
    url: https://example.org/a
    language: en
    kind: publisher
provenance: summary
---

## Regional affairs

Minister Hamada stressed the Taiwan Strait. He also stressed peace.
`;

/** A corpus folder with the fixture corpus's themes and people and the given event files. */
function makeCorpus(files: Record<string, string>): string {
  return createCorpusDir(
    Object.fromEntries(Object.entries(files).map(([name, text]) => [`events/${name}`, text])),
  );
}

function problemsOf(dir: string): string[] {
  try {
    readCorpus(dir);
  } catch (error) {
    if (error instanceof CorpusError) return error.problems;
    throw error;
  }
  throw new Error('expected the corpus to be rejected');
}

describe('readCorpus()', () => {
  it('loads a corpus folder: themes, people, and the events in date order with statements', () => {
    const corpus = readCorpus(FIXTURE_CORPUS_DIR);
    expect(corpus.themes.map((theme) => theme.id)).toEqual([
      'senkaku',
      'taiwan-strait',
      'north-korea',
      'okinawa',
    ]);
    expect(corpus.people.map((person) => person.surname)).toEqual(['Sato', 'Miller']);
    expect(corpus.events.map((event) => [event.id, event.statementCount])).toEqual([
      ['1972-05-15-okinawa-reversion', 1],
      ['2021-03-10-security-consultative-committee', 3],
      ['2021-09-20-telecon', 2],
      ['2022-05-04-defense-ministerial', 5],
      ['2023-01-12-leaders-summit', 2],
    ]);
  });

  it('derives an event’s themes from its statements, in taxonomy order', () => {
    const event = readCorpus(FIXTURE_CORPUS_DIR).events[3]!;
    expect(event.statements.map((statement) => statement.themes)).toEqual([
      [],
      ['taiwan-strait'],
      ['senkaku'],
      ['okinawa'],
      [],
    ]);
    expect(event.themes).toEqual(['senkaku', 'taiwan-strait', 'okinawa']);
  });

  it('reads a valid file into an event with statements, speakers and themes', () => {
    const corpus = readCorpus(makeCorpus({ '2023-01-12-defense-ministerial.md': EVENT }));
    expect(corpus.events[0]!.statements.map((s) => [s.speaker, s.themes])).toEqual([
      ['japan', ['taiwan-strait']],
      ['japan', ['taiwan-strait']],
    ]);
  });

  it.each([
    ['date: "2023-01-12"', 'date: "2023-02-30"', 'date: is not a real calendar date'],
    ['kind: defense-ministerial', 'kind: dinner', 'kind: Invalid option'],
    ['    country: japan', '    country: mars', 'participants.0.country: Invalid option'],
    [
      '    url: https://example.org/a',
      '    url: http://example.org/a',
      'sources.0.url: must be an https URL',
    ],
    ['provenance: summary', 'provenance: rumour', 'provenance: Invalid option'],
    [
      'format: in-person',
      'format: in-person\ncolour: red',
      '(front matter): Unrecognized key: "colour"',
    ],
  ])('names the file and the field when %s becomes %s', (from, to, message) => {
    const dir = makeCorpus({ '2023-01-12-defense-ministerial.md': EVENT.replace(from, to) });
    expect(problemsOf(dir)).toContainEqual(
      expect.stringMatching(
        new RegExp(`events/2023-01-12-defense-ministerial\\.md: ${escapeRegExp(message)}`),
      ),
    );
  });

  it('rejects a file whose name is not its id', () => {
    const [problem] = problemsOf(makeCorpus({ 'other-name.md': EVENT }));
    expect(problem).toMatch(
      /other-name\.md: id: "2023-01-12-defense-ministerial" must match the file name/,
    );
  });

  it('rejects a file with no front matter, or with broken YAML', () => {
    expect(problemsOf(makeCorpus({ 'a.md': 'Just text.' }))[0]).toMatch(
      /a\.md: has no YAML front matter/,
    );
    expect(problemsOf(makeCorpus({ 'b.md': '---\nid: [unclosed\n---\nText.' }))[0]).toMatch(
      /b\.md: has front matter that is not valid YAML/,
    );
  });

  it('rejects a Japan date that its start time and UTC offset contradict, or leave out', () => {
    const timed = (fields: string) =>
      EVENT.replace('date: "2023-01-12"\n', `date: "2023-01-12"\n${fields}`);
    const file = '2023-01-12-defense-ministerial.md';
    // 16:00 at UTC-05:00 on 12 January was 06:00 on 13 January in Japan.
    expect(() =>
      readCorpus(
        makeCorpus({
          [file]: timed('japanDate: "2023-01-13"\nstartTime: "16:00"\nutcOffset: "-05:00"\n'),
        }),
      ),
    ).not.toThrow();
    for (const fields of [
      'japanDate: "2023-01-14"\nstartTime: "16:00"\nutcOffset: "-05:00"\n',
      'startTime: "16:00"\nutcOffset: "-05:00"\n',
    ]) {
      expect(problemsOf(makeCorpus({ [file]: timed(fields) }))[0]).toMatch(
        /defense-ministerial\.md: japanDate: must be the day the meeting began in Japan/,
      );
    }
  });

  it('rejects an event with an empty body', () => {
    const [problem] = problemsOf(
      makeCorpus({ '2023-01-12-defense-ministerial.md': EVENT.split('## Regional')[0]! }),
    );
    expect(problem).toMatch(/body: is empty/);
  });

  it('rejects a bad themes file, naming the theme’s index and field', () => {
    const dir = createCorpusDir({
      'themes.json': JSON.stringify({
        themes: [{ id: 'x', label: 'X', description: 'd', color: 'red', lexicon: ['('] }],
      }),
    });
    const problems = problemsOf(dir);
    expect(problems).toContainEqual(
      expect.stringMatching(/themes\.json: themes\.0\.color: must be a colour/),
    );
    expect(problems).toContainEqual(
      expect.stringMatching(
        /themes\.json: themes\.0\.lexicon\.0: is not a valid regular expression/,
      ),
    );
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
