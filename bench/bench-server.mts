// What the benchmarks share: a synthetic corpus of a given size, and a production server on it.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '..');

/** The version of the corpus format the synthetic corpora are written in (sources with a kind). */
const FORMAT = 2;

/** A synthetic corpus of `size` events in the temporary folder, written once per format and kept. */
export function ensureCorpus(size: number): string {
  const dir = path.join(tmpdir(), `alliance-timeline-bench-v${FORMAT}-${size}`);
  if (!existsSync(path.join(dir, 'events'))) {
    const result = spawnSync(
      process.execPath,
      [
        path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'),
        '--conditions=react-server',
        'scripts/synthetic-corpus.ts',
        '--events',
        String(size),
        '--out',
        dir,
      ],
      { cwd: ROOT, stdio: 'inherit' },
    );
    if (result.status !== 0) throw new Error('could not write the synthetic corpus');
  }
  return dir;
}

/** A fresh copy of a corpus folder (the bundled one by default), for a benchmark that writes. */
export function copyCorpus(from: string, name: string): string {
  const dir = path.join(tmpdir(), `alliance-timeline-bench-${name}`);
  rmSync(dir, { recursive: true, force: true });
  cpSync(from, dir, { recursive: true });
  return dir;
}

/**
 * `next start` on `corpus` at `port`, once it answers (asked every `pollMs`, for up to
 * `timeoutMs`); stop it with stopServer(). `root` is the built app to serve (this one by default).
 */
export async function startServer(
  corpus: string,
  port: number,
  env: Record<string, string> = {},
  pollMs = 250,
  timeoutMs = 120_000,
  root = ROOT,
): Promise<ChildProcess> {
  const server = spawn(
    process.execPath,
    [
      path.join(root, 'node_modules/next/dist/bin/next'),
      'start',
      '-p',
      String(port),
      '-H',
      '127.0.0.1',
    ],
    {
      cwd: root,
      env: { ...process.env, ...env, CORPUS_DIR: corpus, NEXT_TELEMETRY_DISABLED: '1' },
      stdio: 'ignore',
    },
  );
  for (const deadline = performance.now() + timeoutMs; performance.now() < deadline;) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/api/themes`)).ok) return server;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
  server.kill();
  throw new Error('the server did not start');
}

/** Stops a server started by startServer() and waits for it to exit. */
export async function stopServer(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null) return;
  const exited = new Promise((resolve) => server.once('exit', resolve));
  server.kill();
  await exited;
}

/**
 * Resident memory of a process and its children, in megabytes (Linux /proc): now (`VmRSS`), or
 * the most each has held (`VmHWM`).
 */
export function residentMegabytes(pid: number, field: 'VmRSS' | 'VmHWM' = 'VmRSS'): number {
  let kilobytes = 0;
  const visit = (id: number) => {
    try {
      const status = readFileSync(`/proc/${id}/status`, 'utf8');
      kilobytes += Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
      for (const task of readdirSync(`/proc/${id}/task`)) {
        const children = readFileSync(`/proc/${id}/task/${task}/children`, 'utf8').trim();
        for (const child of children ? children.split(/\s+/) : []) visit(Number(child));
      }
    } catch {
      // the process has gone
    }
  };
  visit(pid);
  return Math.round(kilobytes / 1024);
}
