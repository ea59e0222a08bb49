import 'server-only';
import path from 'node:path';
import { CorpusError, displayPath, defaultCorpusDir, loadCorpus, readJson } from './load-corpus';
import { phraseFileSchema, type PhraseFile } from './phrase-schema';
import type { Phrase } from '../types';
import { themeIdsOf } from './theme-ids-of';

const cache = new Map<string, Phrase[]>();

/**
 * The formula phrases of a corpus folder (`phrases.json`, optional: none when the file is absent),
 * validated once per folder against the schema and the corpus's theme ids.
 */
export function loadPhrases(dir: string = defaultCorpusDir()): Phrase[] {
  let phrases = cache.get(dir);
  if (!phrases) {
    const themeIds = themeIdsOf(loadCorpus(dir).themes);
    phrases = readPhrases(dir, themeIds);
    cache.set(dir, phrases);
  }
  return phrases;
}

/** Reads and validates `phrases.json`. Throws CorpusError naming the file and the field. */
export function readPhrases(dir: string, themeIds: string[]): Phrase[] {
  const problems: string[] = [];
  const file = readJson(dir, 'phrases.json', phraseFileSchema, problems, { phrases: [] });
  if (file) problems.push(...findFileProblems(file, themeIds, path.join(dir, 'phrases.json')));
  if (problems.length) throw new CorpusError(problems);
  return file?.phrases ?? [];
}

/** What the schema cannot see: ids used twice and themes the taxonomy does not hold. */
function findFileProblems(file: PhraseFile, themeIds: string[], filePath: string): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  file.phrases.forEach((phrase, index) => {
    if (seen.has(phrase.id)) problems.push(`phrases.${index}.id: "${phrase.id}" is used twice`);
    seen.add(phrase.id);
    phrase.themes.forEach((theme, themeIndex) => {
      if (!themeIds.includes(theme))
        problems.push(`phrases.${index}.themes.${themeIndex}: unknown theme "${theme}"`);
    });
  });
  return problems.map((problem) => `${displayPath(filePath)}: ${problem}`);
}
