import 'server-only';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { companionFileName, parseCompanionFileName } from './companion-file';
import type { CompanionLanguage } from './companion-text-schema';
import { decodeCorpusFile, displayPath } from './load-corpus';
import { parseCompanionText, type CompanionText } from './parse-companion-text';

/**
 * An event's text in `language` from its companion file, read when asked for (the corpus check
 * validates every one): null where the corpus holds none, or where the file is not valid (its
 * problems go to `problems`).
 */
export function loadCompanionText(
  dir: string,
  id: string,
  language: CompanionLanguage,
  problems: string[] = [],
): CompanionText | null {
  const file = path.join(dir, 'events', companionFileName(id, language));
  if (!existsSync(file)) return null;
  return readCompanionFile(file, language, problems);
}

/**
 * Validates every companion text of a corpus folder; its problems go to `problems`, naming the
 * file: each must belong to an event of the corpus (`ids`) and be valid on its own.
 */
export function checkCompanionTexts(dir: string, ids: Set<string>, problems: string[]): void {
  const folder = path.join(dir, 'events');
  for (const name of readdirSync(folder).sort()) {
    const companion = parseCompanionFileName(name);
    if (!companion) continue;
    const file = path.join(folder, name);
    if (!ids.has(companion.id))
      problems.push(
        `${displayPath(file)}: there is no event "${companion.id}" (${companion.id}.md) for this text to belong to`,
      );
    else readCompanionFile(file, companion.language, problems);
  }
}

function readCompanionFile(
  file: string,
  language: CompanionLanguage,
  problems: string[],
): CompanionText | null {
  try {
    return parseCompanionText(
      displayPath(file),
      language,
      decodeCorpusFile(readFileSync(file)),
      problems,
    );
  } catch (error) {
    problems.push(
      `${displayPath(file)}: ${error instanceof Error ? error.message : String(error)}`,
    );
    return null;
  }
}
