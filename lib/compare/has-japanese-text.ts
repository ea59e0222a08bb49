import 'server-only';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { companionFileName, parseCompanionFileName } from '../corpus/companion-file';

/**
 * Whether the corpus in `dir` holds a Japanese companion text (`events/<id>.ja.md`) of the event,
 * which its English can be set against. Only the file's presence is asked: reading it is the
 * comparison's work, which says so where it is not valid.
 */
export function hasJapaneseText(dir: string, id: string): boolean {
  return existsSync(path.join(dir, 'events', companionFileName(id, 'ja')));
}

/** The ids of the events with a Japanese companion text, from one listing of the folder. */
export function japaneseTextIdsOf(dir: string): Set<string> {
  const names = readdirSync(path.join(dir, 'events'));
  return new Set(
    names.flatMap((name) => {
      const companion = parseCompanionFileName(name);
      return companion?.language === 'ja' ? [companion.id] : [];
    }),
  );
}
