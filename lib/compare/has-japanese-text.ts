import 'server-only';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { companionFileName } from '../corpus/companion-file';

/**
 * Whether the corpus in `dir` holds a Japanese companion text (`events/<id>.ja.md`) of the event,
 * which its English can be set against. Only the file's presence is asked: reading it is the
 * comparison's work, which says so where it is not valid.
 */
export function hasJapaneseText(dir: string, id: string): boolean {
  return existsSync(path.join(dir, 'events', companionFileName(id, 'ja')));
}
