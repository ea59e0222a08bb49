import { execFile, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestPdf, wrap } from '../lib/extract/create-test-pdf';
import { ROOT } from '../helpers';
import { startPageServer } from '../lib/fetch/page-server';

const runFile = promisify(execFile);
const TSX = path.join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
const work = mkdtempSync(path.join(tmpdir(), 'read-formats-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function read(file: string) {
  const result = spawnSync(
    process.execPath,
    [TSX, '--conditions=react-server', path.join(ROOT, 'scripts', 'read.ts'), file],
    { cwd: ROOT, encoding: 'utf8' },
  );
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run read on saved pages and PDFs', () => {
  it('reads a saved HTML page, known by its content whatever its name', () => {
    const { status, stdout } = read(
      path.join(ROOT, 'tests', 'fixtures', 'pages', 'mod-ministerial.html'),
    );
    expect(status).toBe(0);
    const { event, issueDate, publisher } = JSON.parse(stdout);
    expect({ issueDate, publisher, date: event.date }).toEqual({
      issueDate: '2031-03-03',
      publisher: 'Ministry of Defense',
      date: '2031-03-02',
    });
    expect(event.sections.map((section: { title: string }) => section.title)).toEqual([
      null,
      'Regional situation',
      'Bilateral cooperation',
    ]);
  });

  it('reads a PDF’s text layer', async () => {
    const file = path.join(work, 'statement.bin');
    const lines = [
      { text: 'Japan-U.S. Defense Ministers’ Joint Statement', size: 16 },
      { text: 'March 3, 2031', space: 10 },
      ...wrap(
        'Minister of Defense Sato Hanako and Secretary of Defense Jordan Miller met in Tokyo on March 2, 2031 and issued the following statement.',
      ),
      ...wrap(
        'The two ministers agreed to deepen cooperation on extended deterrence and on the co-production of missiles.',
      ),
    ];
    writeFileSync(file, await createTestPdf([{ lines }]));
    const { status, stdout } = read(file);
    expect(status).toBe(0);
    const { event, issueDate } = JSON.parse(stdout);
    expect(issueDate).toBe('2031-03-03');
    expect(event.statements).toHaveLength(2);
  });

  it('stops with a one-line error for a file that is not a document', () => {
    const file = path.join(work, 'photo.html');
    writeFileSync(file, Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]));
    const { status, stderr } = read(file);
    expect(status).toBe(1);
    expect(stderr).toBe(
      `error: ${file}: not a document: this is a PNG image, not text, HTML or PDF\n`,
    );
  });
});

describe('npm run read on a URL', () => {
  it('reads a page from an allowed origin and refuses a host not on the list', async () => {
    const pages = await startPageServer({
      '/readout.html': {
        headers: { 'content-type': 'text/html; charset=utf-8' },
        body: readFileSync(path.join(ROOT, 'tests', 'fixtures', 'pages', 'mod-ministerial.html')),
      },
    });
    try {
      const env = { ...process.env, ALLIANCE_TIMELINE_TEST_SOURCE_ORIGIN: pages.origin };
      // Asynchronously: the page server answers from this process.
      const read = (url: string) =>
        runFile(
          process.execPath,
          [TSX, '--conditions=react-server', path.join(ROOT, 'scripts', 'read.ts'), url],
          { cwd: ROOT, env },
        ).then(
          ({ stdout, stderr }) => ({ status: 0, stdout, stderr }),
          (error: { code: number; stdout: string; stderr: string }) => ({
            status: error.code,
            stdout: error.stdout,
            stderr: error.stderr,
          }),
        );
      const page = await read(`${pages.origin}/readout.html`);
      expect(page.status).toBe(0);
      expect(JSON.parse(page.stdout).event.date).toBe('2031-03-02');
      const refused = await read('https://example.com/readout.html');
      expect(refused.status).toBe(1);
      expect(refused.stderr).toContain('host not allowed: example.com');
    } finally {
      await pages.close();
    }
  });
});
