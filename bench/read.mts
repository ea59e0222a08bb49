// npm run bench:read: pages read per second, for the saved HTML pages of tests/fixtures/pages and
// for a two-page PDF joint statement made from text: the extraction alone, and the extraction then
// the reader. No build needed. BENCH_SECONDS (default 5) sets how long each measure runs.
// Writes bench/results/read-<date>.json and prints a table.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCorpus } from '../lib/corpus/load-corpus';
import { extractDocument, type DocumentBytes } from '../lib/extract/extract-document';
import { createReadingContext } from '../lib/reader/create-reading-context';
import { readDocument } from '../lib/reader/read-document';
import { createTestPdf, wrap } from '../tests/lib/extract/create-test-pdf';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const context = createReadingContext(loadCorpus(path.join(ROOT, 'data')));

const PAGES_DIR = path.join(ROOT, 'tests', 'fixtures', 'pages');
const htmlPages: DocumentBytes[] = readdirSync(PAGES_DIR)
  .filter((file) => file.endsWith('.html') && !file.includes('-ja-'))
  .map((file) => ({ bytes: readFileSync(path.join(PAGES_DIR, file)), name: file }));

const PARAGRAPH =
  'The leaders welcomed the progress of the Alliance and agreed to deepen cooperation on extended deterrence, on co-production of missiles and with partners such as Australia, the Philippines and the Republic of Korea.';
const pdfPages = [1, 2].map((page) => ({
  header: 'Japan-U.S. Joint Statement (provisional translation)',
  footer: String(page),
  lines: [
    ...(page === 1
      ? [
          { text: 'Japan-U.S. Joint Leaders’ Statement', size: 16 },
          { text: 'April 9, 2026', space: 10 },
          ...wrap(
            'Prime Minister Mori Ken and President Alex Carter met in Tokyo on April 9, 2026.',
          ),
        ]
      : []),
    ...Array.from({ length: 6 }, (_, i) => wrap(`${i + 1}. ${PARAGRAPH}`)).flat(),
  ],
}));
const pdf: DocumentBytes = { bytes: await createTestPdf(pdfPages), name: 'statement.pdf' };

interface Figure {
  format: 'html' | 'pdf';
  step: 'extract' | 'extract+read';
  pagesPerSecond: number;
  msPerPage: number;
}

/** Documents read per second, cycling through `documents` for `seconds`. */
async function measure(documents: DocumentBytes[], withReader: boolean, seconds = SECONDS) {
  let count = 0;
  const started = performance.now();
  while (performance.now() - started < seconds * 1000) {
    const { text } = await extractDocument(documents[count % documents.length]!);
    if (withReader) readDocument(text, context);
    count += 1;
  }
  return count / ((performance.now() - started) / 1000);
}

const figures: Figure[] = [];
for (const [format, documents] of [
  ['html', htmlPages],
  ['pdf', [pdf]],
] as const) {
  // Warm up (module loading, the JIT) so that the first figure is not the slowest for that alone.
  await measure(documents, true, SECONDS / 2);
  for (const withReader of [false, true]) {
    const perSecond = await measure(documents, withReader);
    figures.push({
      format,
      step: withReader ? 'extract+read' : 'extract',
      pagesPerSecond: Math.round(perSecond * 10) / 10,
      msPerPage: Math.round((1000 / perSecond) * 10) / 10,
    });
  }
}

console.table(figures);
const dir = path.join(ROOT, 'bench', 'results');
mkdirSync(dir, { recursive: true });
const file = path.join(dir, `read-${new Date().toISOString().slice(0, 10)}.json`);
writeFileSync(
  file,
  `${JSON.stringify({ seconds: SECONDS, htmlPages: htmlPages.length, pdfPages: pdfPages.length, figures }, null, 2)}\n`,
);
console.log(`wrote ${path.relative(ROOT, file)}`);
