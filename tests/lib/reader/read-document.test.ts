import { describe, expect, it } from 'vitest';
import { readDocument } from '@/lib/reader/read-document';
import { FIXED_THEME_IDS, bundledContext, readFixture } from '../../helpers';

const seedText = readFixture('seed-readout.txt');

describe('readDocument() on the seed readout', () => {
  const { event, issueDate, publisher } = readDocument(seedText, bundledContext());

  it('reads the header and the first paragraph into the meeting’s facts', () => {
    expect(event).toMatchObject({
      id: '2022-05-04-defense-ministerial',
      title: 'Japan-U.S. Defense Ministerial Meeting',
      kind: 'defense-ministerial',
      date: '2022-05-04',
      startTime: '11:10',
      durationMinutes: 75,
      place: 'U.S. Department of Defense',
      format: 'in-person',
      provenance: 'official-text',
    });
    expect(issueDate).toBe('2022-05-05');
    expect(publisher).toBe('Ministry of Defense');
    expect(event.participants).toEqual([
      { name: 'Kishi Nobuo', role: 'Minister of Defense', country: 'japan' },
      { name: 'Lloyd J. Austin III', role: 'Secretary of Defense', country: 'us' },
    ]);
  });

  it('reads the numbered headings as sections', () => {
    expect(event.sections.map((section) => section.title)).toEqual([
      null,
      'Regional affairs',
      'Bilateral defense cooperation',
      'Realignment of U.S. forces/ U.S. Forces in Japan',
    ]);
  });

  it('splits the seed into one statement per sentence, each verbatim', () => {
    expect(event.statements).toHaveLength(24);
    // The seed's three numbered heading lines, as written in the fixture.
    const headings = [
      '1. Regional affairs',
      '2. Bilateral defense cooperation',
      '3. Realignment of U.S. forces/ U.S. Forces in Japan',
    ];
    const bodyLines = seedText
      .slice(seedText.indexOf('On May 4'))
      .split('\n')
      .filter((line) => !headings.includes(line.trim()));
    expect(event.statements.map((s) => s.text).join(' ')).toBe(
      bodyLines.join(' ').replace(/\s+/g, ' ').trim(),
    );
    for (const statement of event.statements) expect(seedText).toContain(statement.text);
    expect(event.statements[22]!.text).toContain('Marin Corps Air Station (MCAS) Futenma');
  });

  it('gives each statement the speaker and themes an analyst would', () => {
    const expected: [string, string, string[]][] = [
      ['On May 4, Defense Minister Kishi', 'other', []],
      ['The summary is as follows.', 'other', []],
      ['The Ministers severely condemned', 'joint', ['ukraine', 'indo-pacific-order']],
      ['The Ministers confirmed that Japan', 'joint', ['ukraine']],
      ['Secretary Austin expressed his appreciation', 'us', ['ukraine']],
      ['Minister Kishi stated his vision', 'japan', ['ukraine']],
      ['The Ministers reaffirmed their commitment', 'joint', ['indo-pacific-order']],
      ['The Ministers discussed the recent behaviors', 'joint', ['china-maritime']],
      [
        'The Ministers determined that any change',
        'joint',
        ['indo-pacific-order', 'china-maritime', 'alliance-capabilities'],
      ],
      ['Secretary Austin affirmed that the Senkaku', 'us', ['senkaku']],
      ['Secretary also expressed his opposition', 'us', ['senkaku']],
      ['The Ministers also reiterated', 'joint', ['taiwan-strait']],
      ['The Ministers agreed on the view', 'joint', ['north-korea']],
      ['The Ministers also confirmed to advance', 'joint', ['north-korea', 'partners']],
      ['Furthermore, the Ministers concurred', 'joint', ['partners']],
      ['The Ministers agreed that Japan', 'joint', ['alliance-capabilities']],
      ['Minister Kishi expressed his determination', 'japan', ['japan-defense-buildup']],
      ['Secretary Austin welcomed the statement', 'us', ['japan-defense-buildup']],
      ['Secretary Austin stated that the U.S.', 'us', ['extended-deterrence']],
      ['Minister Kishi stated that bilateral', 'japan', ['extended-deterrence']],
      ['The Ministers concurred on the importance', 'joint', ['cyber-information-security']],
      ['The Ministers concurred to further deepen', 'joint', ['equipment-technology']],
      ['The Ministers welcomed the realignment', 'joint', ['force-realignment']],
      ['The Ministers shared the importance', 'joint', ['okinawa']],
    ];
    expect(
      event.statements.map((statement, index) => [
        statement.text.slice(0, expected[index]?.[0].length),
        statement.speaker,
        statement.themes,
      ]),
    ).toEqual(expected);
  });

  it('resolves the references to the January 2022 “2+2” and the Okinawa reversion anniversary', () => {
    const references = Object.fromEntries(
      event.statements.filter((s) => s.references.length).map((s) => [s.id, s.references]),
    );
    expect(references).toEqual({
      '2022-05-04-defense-ministerial-s16': ['2022-01-07-security-consultative-committee'],
      '2022-05-04-defense-ministerial-s24': ['2022-05-15-okinawa-reversion-50th-anniversary'],
    });
  });

  it('derives the event’s themes from its statements, in taxonomy order', () => {
    expect(event.themes).toEqual(FIXED_THEME_IDS);
  });
});

interface Expected {
  title: string;
  issueDate: string | null;
  publisher: string | null;
  date: string;
  startTime: string | null;
  durationMinutes: number | null;
  place: string | null;
  participants: { surname: string; country: string }[];
  sections: string[];
  statements: { text: string; speaker: string; themes: string[] }[];
}

// Readouts of other shapes, written for the tests with an analyst's expected reading beside each.
describe.each(['us-style-readout', 'mofa-telecon', 'leaders-statement', 'tricky-sentences'])(
  'readDocument() on %s',
  (name) => {
    const expected = JSON.parse(readFixture(`readouts/${name}.expected.json`)) as Expected;
    const { event, issueDate, publisher } = readDocument(
      readFixture(`readouts/${name}.txt`),
      bundledContext(),
    );

    it('reads the meeting’s facts', () => {
      expect(event.title).toBe(expected.title);
      expect({ issueDate, publisher, date: event.date }).toEqual({
        issueDate: expected.issueDate,
        publisher: expected.publisher,
        date: expected.date,
      });
      expect(event.startTime ?? null).toBe(expected.startTime);
      expect(event.durationMinutes ?? null).toBe(expected.durationMinutes);
      expect(event.place ?? null).toBe(expected.place);
      expect(event.sections.map((s) => s.title).filter(Boolean)).toEqual(expected.sections);
      expect(event.participants).toEqual(
        expect.arrayContaining(
          expected.participants.map(({ surname, country }) =>
            expect.objectContaining({ country, name: expect.stringContaining(surname) }),
          ),
        ),
      );
    });

    it('splits every sentence verbatim and names its speaker', () => {
      expect(event.statements.map((s) => s.text)).toEqual(expected.statements.map((s) => s.text));
      expect(event.statements.map((s) => s.speaker)).toEqual(
        expected.statements.map((s) => s.speaker),
      );
    });

    it('finds every theme the analyst gave, and few others', () => {
      expect(event.statements).toHaveLength(expected.statements.length);
      let extra = 0;
      event.statements.forEach((statement, index) => {
        const wanted = expected.statements[index]!.themes;
        expect(statement.themes, statement.text).toEqual(expect.arrayContaining(wanted));
        extra += statement.themes.filter((theme) => !wanted.includes(theme)).length;
      });
      // An extra theme is a judgement call ("coercion" also tags China), never more than one in four.
      expect(extra).toBeLessThanOrEqual(Math.ceil(event.statements.length / 4));
    });
  },
);
