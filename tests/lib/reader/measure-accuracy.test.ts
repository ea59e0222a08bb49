import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import {
  ACCURACY_TARGETS,
  formatAccuracyReport,
  formatAccuracyTable,
  meetsTargets,
  totalAccuracy,
} from '@/lib/reader/format-accuracy';
import { measureAccuracy } from '@/lib/reader/measure-accuracy';
import { ROOT, bundledContext, readFixture } from '../../helpers';

const READOUTS = path.join(ROOT, 'tests', 'fixtures', 'readouts');

describe('measureAccuracy() on the readout fixtures', () => {
  it('reads every fixture’s date and statement count right and meets the accuracy targets', async () => {
    const fixtures = await measureAccuracy(READOUTS, bundledContext());
    expect(fixtures.length).toBeGreaterThanOrEqual(13);
    for (const { name, score, error } of fixtures) {
      expect({ name, error, date: score.dateRight }).toEqual({
        name,
        error: undefined,
        date: true,
      });
      expect(score.statementsRead, name).toBe(score.statementsExpected);
    }
    const total = totalAccuracy(fixtures);
    expect(total.themePrecision).toBeGreaterThanOrEqual(ACCURACY_TARGETS.themePrecision);
    expect(total.themeRecall).toBeGreaterThanOrEqual(ACCURACY_TARGETS.themeRecall);
    expect(total.speakers).toBeGreaterThanOrEqual(ACCURACY_TARGETS.speakers);
    expect(meetsTargets(fixtures)).toBe(true);
  });
});

describe('measureAccuracy()', () => {
  function createFixtureDir(files: Record<string, string>): string {
    const dir = mkdtempSync(path.join(tmpdir(), 'readouts-'));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
    return dir;
  }

  it('scores a fixture the reader refuses as all wrong, with the reader’s reason', async () => {
    const dir = createFixtureDir({
      'undated.txt': 'A Title\n\nThe Ministers met and talked about many things at length.\n',
      'undated.expected.json': JSON.stringify({
        date: '2022-05-04',
        kind: 'defense-ministerial',
        statements: [{ text: 'The Ministers met.', speaker: 'other', themes: ['okinawa'] }],
      }),
      'no-input.expected.json': '{}',
    });
    const [fixture, ...rest] = await measureAccuracy(dir, bundledContext());
    expect(rest).toEqual([]);
    expect(fixture).toMatchObject({ name: 'undated', shape: 'undated', input: 'undated.txt' });
    expect(fixture!.error).toMatch(/no date/);
    expect(fixture!.score).toMatchObject({ dateRight: false, statementsRead: 0 });
    expect(meetsTargets([fixture!])).toBe(false);
  });

  it('names each fixture by the shape its expected reading gives', async () => {
    const dir = createFixtureDir({
      'call.txt': readFixture('readouts/white-house-call.txt'),
      'call.expected.json': readFixture('readouts/white-house-call.expected.json'),
    });
    const fixtures = await measureAccuracy(dir, bundledContext());
    expect(fixtures.map((f) => f.shape)).toEqual([
      expect.stringContaining('a telephone call of three sentences'),
    ]);
  });
});

describe('measureAccuracy() on the Japanese fixtures', () => {
  it('meets the accuracy targets on the Japanese fixtures alone', async () => {
    const fixtures = await measureAccuracy(READOUTS, bundledContext());
    const japanese = fixtures.filter((fixture) => fixture.language === 'ja');
    expect(japanese.map((fixture) => fixture.name)).toEqual(
      expect.arrayContaining(['mod-ja-joint-statement', 'mod-ja-ministerial', 'mod-ja-telecon']),
    );
    expect(meetsTargets(japanese)).toBe(true);
  });
});

describe('formatAccuracyReport()', () => {
  it('gives English and Japanese fixtures a table each, English first', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'readouts-'));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    for (const name of ['white-house-call', 'mod-ja-telecon']) {
      writeFileSync(path.join(dir, `${name}.txt`), readFixture(`readouts/${name}.txt`));
      writeFileSync(
        path.join(dir, `${name}.expected.json`),
        JSON.stringify({
          ...JSON.parse(readFixture(`readouts/${name}.expected.json`)),
          shape: name,
        }),
      );
    }
    const report = formatAccuracyReport(await measureAccuracy(dir, bundledContext()));
    const lines = report.split('\n');
    expect(lines.filter((line) => line.startsWith('#'))).toEqual([
      '### English, 1 fixture',
      '### Japanese, 1 fixture',
    ]);
    expect(lines.filter((line) => line.startsWith('| **all'))).toHaveLength(2);
    expect(report).toContain('| mod-ja-telecon.txt | mod-ja-telecon | ✓ | ✓ 9/9 |');
  });
});

describe('formatAccuracyTable()', () => {
  it('gives a Markdown row per fixture and one of totals, with pipes in cells escaped', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'readouts-'));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    writeFileSync(path.join(dir, 'call.txt'), readFixture('readouts/white-house-call.txt'));
    writeFileSync(
      path.join(dir, 'call.expected.json'),
      JSON.stringify({
        ...JSON.parse(readFixture('readouts/white-house-call.expected.json')),
        shape: 'a | b',
      }),
    );
    const table = formatAccuracyTable(await measureAccuracy(dir, bundledContext()));
    expect(table.split('\n')).toEqual([
      '| fixture | shape | date | statements | kind | theme precision | theme recall | speakers |',
      '| --- | --- | --- | --- | --- | --- | --- | --- |',
      '| call.txt | a \\| b | ✓ | ✓ 3/3 | ✓ | 100.0% | 100.0% | 100.0% |',
      '| **all 1** | 3 statements | 1/1 | 1/1 | 1/1 | 100.0% | 100.0% | 100.0% |',
    ]);
  });
});
