import 'server-only';
import { open, mkdir, readFile, readdir, rename } from 'node:fs/promises';
import path from 'node:path';
import { watch } from 'node:fs';
import { lock } from 'proper-lockfile';
import writeFileAtomic from 'write-file-atomic';
import type { CorpusStore, StoreChange, StoredFile } from './corpus-store';
import { etagOf } from './etag-of';
import { parseCompanionFileName } from '../corpus/companion-file';

/** How long the folder must be quiet after an event on a file before the file is read. */
const SETTLE_MS = 30;

/** How long a writer may hold the lock without refreshing it before another takes it as stale. */
const STALE_MS = 10_000;

/**
 * The corpus folder as a store: `events/<id>.md`, written to a temporary file in the same folder,
 * flushed and renamed over the old one; deleted files move to `deleted/<id>.<time>.md`. Writers
 * queue in this process, then take a lock file (`.write-lock`) that other processes on the
 * machine respect.
 */
export function createFolderStore(dir: string): CorpusStore {
  const events = path.join(dir, 'events');
  const fileOf = (id: string) => path.join(events, `${id}.md`);
  let queue: Promise<unknown> = Promise.resolve();
  /** The version of each file last written or reported here, so that no change is told twice. */
  const seen = new Map<string, string>();

  async function read(id: string): Promise<StoredFile | null> {
    try {
      const text = await readFile(fileOf(id), 'utf8');
      return { id, text, etag: etagOf(text) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  }

  return {
    async list() {
      const names = await readdir(events);
      return names.filter(isEventFileName).map((name) => name.slice(0, -3));
    },
    read,
    async put(id, text) {
      await writeFileAtomic(fileOf(id), text, { encoding: 'utf8', fsync: true });
      await syncFolder(events);
      const etag = etagOf(text);
      seen.set(id, etag);
      return { id, text, etag };
    },
    async delete(id) {
      const deleted = path.join(dir, 'deleted');
      await mkdir(deleted, { recursive: true });
      const stamp = new Date().toISOString().replace(/[:.]/g, '-');
      await rename(fileOf(id), path.join(deleted, `${id}.${stamp}.md`));
      await syncFolder(events);
      seen.delete(id);
    },
    watch(listener) {
      // Every event on a file name leads to one read of the file as it is then, a little later,
      // so that the last version of a file is always read, however its writes were made.
      const pending = new Map<string, NodeJS.Timeout>();
      const reread = async (id: string) => {
        pending.delete(id);
        const stored = await read(id).catch(() => null);
        if (!stored) {
          if (seen.delete(id)) listener({ type: 'delete', id });
          return;
        }
        if (seen.get(id) === stored.etag) return;
        seen.set(id, stored.etag);
        listener({ type: 'put', file: stored } satisfies StoreChange);
      };
      const watcher = watch(events, (_, name) => {
        if (!name || !isEventFileName(name)) return;
        const id = name.slice(0, -3);
        clearTimeout(pending.get(id));
        pending.set(
          id,
          setTimeout(() => void reread(id), SETTLE_MS),
        );
      });
      return async () => {
        watcher.close();
        pending.forEach((timer) => clearTimeout(timer));
      };
    },
    exclusive(work) {
      const run = queue.then(() => withLock(dir, work));
      queue = run.catch(() => undefined);
      return run;
    },
  };
}

/** `<id>.md`, not a temporary file, a hidden one or a text in another language (`<id>.ja.md`). */
function isEventFileName(name: string): boolean {
  return name.endsWith('.md') && !name.startsWith('.') && !parseCompanionFileName(name);
}

async function withLock<T>(dir: string, work: () => Promise<T>): Promise<T> {
  const release = await lock(dir, {
    lockfilePath: path.join(dir, '.write-lock'),
    realpath: false,
    stale: STALE_MS,
    retries: { retries: 200, minTimeout: 5, maxTimeout: 50 },
  });
  try {
    return await work();
  } finally {
    await release();
  }
}

/** Flushes the folder's entries, so that a rename survives a crash of the machine. */
async function syncFolder(folder: string): Promise<void> {
  const handle = await open(folder, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
