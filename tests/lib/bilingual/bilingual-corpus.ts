import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createCorpusDir, FIXTURE_CORPUS_DIR } from '../../helpers';

const FIXTURES = path.join(FIXTURE_CORPUS_DIR, '..', 'bilingual');

/** The fixture meeting's id, whose English and Japanese texts tests/fixtures/bilingual holds. */
export const MEETING_ID = '2022-05-04-defense-ministerial';

/** A fixture file of the bilingual meeting. */
export function bilingualFixture(name: string): string {
  return readFileSync(path.join(FIXTURES, name), 'utf8');
}

/**
 * A corpus folder with the bilingual fixture's themes and people, the meeting's English, and
 * `files` (event file names to texts) besides; the Japanese text unless `files` says otherwise.
 */
export function createBilingualCorpus(
  files: Record<string, string> = { [`${MEETING_ID}.ja.md`]: bilingualFixture('meeting.ja.md') },
): string {
  return createCorpusDir({
    'themes.json': bilingualFixture('themes.json'),
    'people.json': bilingualFixture('people.json'),
    [`events/${MEETING_ID}.md`]: bilingualFixture('meeting.md'),
    ...Object.fromEntries(Object.entries(files).map(([name, text]) => [`events/${name}`, text])),
  });
}
