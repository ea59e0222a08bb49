// A second process that adds documents to a corpus folder, for the tests of the store:
//   tsx --conditions=react-server write-documents.ts DIR COUNT LABEL   adds COUNT documents
//   tsx --conditions=react-server write-documents.ts DIR hang          starts a write that never renames
import fs from 'node:fs';
import { createDocument } from '../../../lib/documents/documents';

const [dir, mode, label = 'a'] = process.argv.slice(2);
if (!dir || !mode) throw new Error('usage: write-documents.ts DIR COUNT|hang [LABEL]');

/** A short readout of an invented meeting, told apart by `n` and `label`. */
export function readout(n: number, label: string): string {
  return [
    'Japan-U.S. Defense Ministerial Meeting (Summary)',
    '',
    'June 2, 2031',
    'Ministry of Defense',
    '',
    `On June 1, Minister of Defense Sato held a meeting with Secretary of Defense Miller in Tokyo, the ${label}-${n} meeting of the day.`,
    '',
    `The two ministers agreed to deepen cooperation on extended deterrence, topic ${label}-${n}.`,
  ].join('\n');
}

async function main() {
  if (mode === 'hang') {
    // The write stops between its temporary file and the rename, where the test kills it; the
    // timer keeps the process alive until then.
    setInterval(() => undefined, 1000);
    fs.rename = ((from: string) =>
      process.stdout.write(`renaming ${from}\n`)) as unknown as typeof fs.rename;
    await createDocument(
      { text: readout(0, 'hang'), source: { url: 'https://example.org/hang', publisher: 'MOD' } },
      dir,
    );
    return;
  }
  const results = await Promise.all(
    Array.from({ length: Number(mode) }, (_, n) =>
      createDocument(
        {
          text: readout(n, label),
          source: { url: `https://example.org/${label}/${n}`, publisher: 'Ministry of Defense' },
        },
        dir,
      ),
    ),
  );
  process.stdout.write(
    JSON.stringify(results.map((result) => (result.ok ? result.value.event.id : result.error))),
  );
}

main().catch((error) => {
  process.stderr.write(String(error?.stack ?? error));
  process.exit(1);
});
