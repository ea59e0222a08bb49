import { spawn } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readCorpus } from '@/lib/corpus/load-corpus';
import { createFolderStore } from '@/lib/store/folder-store';
import { DATA_DIR, ROOT } from '../../helpers';

const WRITER = path.join(__dirname, 'write-documents.ts');
/** TypeScript in the same process (tsx's CLI would start a second one, out of reach of a kill). */
const NODE_ARGS = ['--import', 'tsx', '--conditions=react-server'];
const work = mkdtempSync(path.join(tmpdir(), 'store-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A corpus of the bundled taxonomy and no event, in a folder of its own. */
function createCorpus(): string {
  const dir = mkdtempSync(path.join(work, 'corpus-'));
  for (const name of ['themes.json', 'people.json'])
    cpSync(path.join(DATA_DIR, name), path.join(dir, name));
  mkdirSync(path.join(dir, 'events'));
  return dir;
}

function runWriter(
  args: string[],
): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [...NODE_ARGS, WRITER, ...args], {
      cwd: ROOT,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

describe('createDocument() from two processes on one corpus folder', () => {
  it('writes one file per document, each under its own id: the lock holds across processes', async () => {
    const dir = createCorpus();
    const [a, b] = await Promise.all([runWriter([dir, '10', 'a']), runWriter([dir, '10', 'b'])]);
    expect(a.stderr).toBe('');
    expect(b.stderr).toBe('');
    const ids = [...JSON.parse(a.stdout), ...JSON.parse(b.stdout)];
    expect(new Set(ids).size).toBe(20);
    const files = readdirSync(path.join(dir, 'events'));
    expect(files.filter((name) => name.endsWith('.md')).sort()).toEqual(
      ids.map((id) => `${id}.md`).sort(),
    );
    expect(readCorpus(dir).events).toHaveLength(20);
  }, 60_000);
});

describe('a write killed between its temporary file and the rename', () => {
  it('leaves the corpus valid, without a partial event file', async () => {
    const dir = createCorpus();
    const child = spawn(process.execPath, [...NODE_ARGS, WRITER, dir, 'hang'], {
      cwd: ROOT,
    });
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (chunk) => String(chunk).includes('renaming') && resolve());
      child.on('close', () => reject(new Error('the writer ended before its rename')));
    });
    child.kill('SIGKILL');
    await new Promise((resolve) => child.on('close', resolve));
    const names = readdirSync(path.join(dir, 'events'));
    // The temporary file is there (the kill came after it was written), and no event file is.
    expect(names.length).toBeGreaterThan(0);
    expect(names.filter((name) => name.endsWith('.md'))).toEqual([]);
    expect(readCorpus(dir).events).toEqual([]);
    expect(existsSync(path.join(dir, 'events', '2031-06-01-defense-ministerial.md'))).toBe(false);
  }, 60_000);
});

describe('createFolderStore().list()', () => {
  it('createFolderStore().list() gives the event ids, not the texts in Japanese beside them', async () => {
    const dir = createCorpus();
    const events = path.join(dir, 'events');
    writeFileSync(path.join(events, '2031-06-01-defense-ministerial.md'), '');
    writeFileSync(path.join(events, '2031-06-01-defense-ministerial.ja.md'), '');
    expect(await createFolderStore(dir).list()).toEqual(['2031-06-01-defense-ministerial']);
  });
});
