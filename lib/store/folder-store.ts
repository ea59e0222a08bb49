import 'server-only';
import { open, mkdir, readFile, readdir, rename } from 'node:fs/promises';
import path from 'node:path';
import { watch } from 'chokidar';
import { lock } from 'proper-lockfile';
import writeFileAtomic from 'write-file-atomic';
import type { CorpusStore, StoreChange, StoredFile } from './corpus-store';
import { etagOf } from './etag-of';

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
      return { id, text, etag: etagOf(text) };
    },
    async delete(id) {
      const deleted = path.join(dir, 'deleted');
      await mkdir(deleted, { recursive: true });
      const stamp = new Date().toISOString().replace(/[:.]/g, '-');
      await rename(fileOf(id), path.join(deleted, `${id}.${stamp}.md`));
      await syncFolder(events);
    },
    watch(listener) {
      const watcher = watch(events, {
        ignoreInitial: true,
        depth: 0,
        ignored: (file, stats) => Boolean(stats?.isFile()) && !isEventFileName(path.basename(file)),
      });
      const onWrite = async (file: string) => {
        const id = path.basename(file, '.md');
        const stored = await read(id).catch(() => null);
        listener(
          stored ? { type: 'put', file: stored } : ({ type: 'delete', id } satisfies StoreChange),
        );
      };
      watcher.on('add', onWrite).on('change', onWrite);
      watcher.on('unlink', (file) => listener({ type: 'delete', id: path.basename(file, '.md') }));
      return () => watcher.close();
    },
    exclusive(work) {
      const run = queue.then(() => withLock(dir, work));
      queue = run.catch(() => undefined);
      return run;
    },
  };
}

/** `<id>.md`, not a temporary file or a hidden one. */
function isEventFileName(name: string): boolean {
  return name.endsWith('.md') && !name.startsWith('.');
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
