import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHeading, readDocument, readDraft } from '@/lib/reader/read-document';
import { FIXED_THEME_IDS, ROOT, bundledContext, readFixture } from '../../helpers';

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
  kind: string;
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

// Readouts of other shapes, written for the tests with an analyst's expected reading beside each
// (the plain-text ones: an HTML or PDF fixture goes through extraction first).
const TEXT_FIXTURES = readdirSync(path.join(ROOT, 'tests', 'fixtures', 'readouts'))
  .filter((file) => file.endsWith('.expected.json'))
  .map((file) => file.replace('.expected.json', ''))
  .filter((name) => existsSync(path.join(ROOT, 'tests', 'fixtures', 'readouts', `${name}.txt`)));

it('has a plain-text fixture of every shape the reader knows', () => {
  expect(TEXT_FIXTURES).toEqual(
    expect.arrayContaining([
      'mofa-numbered-paragraphs',
      'mod-roman-sections',
      'kantei-numbered-sections',
      'state-attribution-readout',
      'dod-attribution-readout',
      'scc-joint-statement',
      'kantei-leader-remarks',
      'white-house-call',
      'mod-new-year-telecon',
      'mod-ja-ministerial',
      'mod-ja-telecon',
      'mod-ja-joint-statement',
    ]),
  );
});

describe.each(TEXT_FIXTURES)('readDocument() on %s', (name) => {
  const expected = JSON.parse(readFixture(`readouts/${name}.expected.json`)) as Expected;
  const { event, issueDate, publisher } = readDocument(
    readFixture(`readouts/${name}.txt`),
    bundledContext(),
  );

  it('reads the meeting’s facts', () => {
    expect(event.title).toBe(expected.title);
    expect({ issueDate, publisher, date: event.date, kind: event.kind }).toEqual({
      issueDate: expected.issueDate,
      publisher: expected.publisher,
      date: expected.date,
      kind: expected.kind,
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
});

describe('parseHeading()', () => {
  it.each([
    ['1. Regional affairs', 'Regional affairs'],
    ['(2) Bilateral cooperation', 'Bilateral cooperation'],
    ['II. Japan-U.S. Alliance', 'Japan-U.S. Alliance'],
    ['Alliance Modernization', 'Alliance Modernization'],
  ])('reads %s as the heading %s', (line, title) => {
    expect(parseHeading(line)).toBe(title);
  });

  it('gives no heading for a number alone or a numbered sentence', () => {
    expect(parseHeading('(3)')).toBeNull();
    expect(parseHeading('II.')).toBeNull();
    expect(parseHeading('1. Prime Minister Kishida explained the plan.')).toBeNull();
  });
});

describe('readDocument() on the shapes of official pages', () => {
  const read = (
    body: string,
    header = 'Japan-U.S. Summit Meeting\n\nMay 5, 2022\n\nMinistry of Foreign Affairs of Japan',
  ) => readDocument(`${header}\n\n${body}\n`, bundledContext());

  it('drops the numbers of paragraphs numbered inline', () => {
    const { event } = read(
      '1. On May 4, Prime Minister Kishida held a summit meeting with President Biden.\n\n2. Prime Minister Kishida explained that Japan will reinforce its defense capabilities.',
    );
    expect(event.statements.map((s) => s.text)).toEqual([
      'On May 4, Prime Minister Kishida held a summit meeting with President Biden.',
      'Prime Minister Kishida explained that Japan will reinforce its defense capabilities.',
    ]);
    expect(event.date).toBe('2022-05-04');
  });

  it('takes a number alone on its line for the title or paragraph that follows', () => {
    const { event } = read(
      'On May 4, Prime Minister Kishida held a summit meeting with President Biden.\n\n(2)\nRegional Affairs\n\nThe two leaders discussed Taiwan.',
    );
    expect(event.sections.map((s) => s.title)).toEqual([null, 'Regional Affairs']);
    expect(event.statements).toHaveLength(2);
  });

  it('reads neither the attribution line nor a page label as a statement or the publisher', () => {
    const { event, publisher, issueDate } = read(
      'President Biden spoke today with Prime Minister Kishida. The leaders discussed Taiwan.',
      'Readout of President Biden’s Call with Prime Minister Kishida\n\nReadout\nThe White House\nRelease | Jan. 21, 2022\n\nThe Press Secretary provided the following readout:',
    );
    expect(publisher).toBe('The White House');
    expect(issueDate).toBe('2022-01-21');
    expect(event.kind).toBe('telecon');
    expect(event.statements.map((s) => s.text)).toEqual([
      'President Biden spoke today with Prime Minister Kishida.',
      'The leaders discussed Taiwan.',
    ]);
  });

  it('gives "I" the side of the document’s author', () => {
    const { event } = read(
      'On May 4, I held a summit meeting with President Biden. I explained that Japan will reinforce its defense capabilities. President Biden and I agreed to work together.',
      'Remarks by Prime Minister Kishida on the Japan-U.S. Summit Meeting\n\nMay 5, 2022',
    );
    expect(event.statements.map((s) => s.speaker)).toEqual(['other', 'japan', 'joint']);
  });
});

describe('readDocument() on Japanese', () => {
  const read = (body: string, header = '日米防衛相会談（概要）\n\n令和4年5月5日\n防衛省') =>
    readDocument(`${header}\n\n${body}\n`, bundledContext());

  it('records the language of a Japanese and of an English text', () => {
    expect(
      read('\u30005月4日、岸防衛大臣はオースティン米国防長官と会談を行いました。').language,
    ).toBe('ja');
    expect(readDocument(seedText, bundledContext()).language).toBe('en');
  });

  it('joins the lines of a wrapped paragraph without spaces, full-width spaces read as spaces', () => {
    const { event } = read(
      '\u30005月4日、岸防衛大臣はオースティン米国防長官と会談を行いました。\n\n１\u3000地域情勢\n\n\u3000両大臣は、台湾海峡の平和と安定の\n重要性を確認しました。同長官は、\n北朝鮮を非難しました。',
    );
    expect(event.sections.map((s) => s.title)).toEqual([null, '地域情勢']);
    expect(event.statements.slice(1).map((s) => [s.text, s.speaker, s.themes])).toEqual([
      ['両大臣は、台湾海峡の平和と安定の重要性を確認しました。', 'joint', ['taiwan-strait']],
      ['同長官は、北朝鮮を非難しました。', 'us', ['north-korea']],
    ]);
  });

  it('reads a heading as a section, never as a statement, and drops paragraph numbers', () => {
    const { event } = read(
      '\u30005月4日、両大臣は会談を行いました。\n\n（１）北朝鮮\n\nア\u3000両大臣は、北朝鮮を非難しました。',
    );
    expect(event.sections.map((s) => s.title)).toEqual([null, '北朝鮮']);
    expect(event.statements.map((s) => s.text)).toEqual([
      '5月4日、両大臣は会談を行いました。',
      '両大臣は、北朝鮮を非難しました。',
    ]);
  });
});

describe('readDraft()', () => {
  it('gives the language with the draft, for the source it is saved with', () => {
    const draft = readDraft(
      '日米防衛相電話会談\n\n\u3000両大臣は、連携を確認しました。\n',
      bundledContext(),
    );
    expect(draft).toMatchObject({ language: 'ja', missing: ['date'] });
  });
});
