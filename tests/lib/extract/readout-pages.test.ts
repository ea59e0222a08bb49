import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '@/lib/extract/extract-document';
import { readDocument } from '@/lib/reader/read-document';
import { ROOT, bundledContext, readFixture } from '../../helpers';

const READOUTS = path.join(ROOT, 'tests', 'fixtures', 'readouts');
const pages = readdirSync(READOUTS)
  .filter((file) => file.endsWith('.html'))
  .map((file) => file.replace(/\.html$/, ''));
const context = bundledContext();

// The saved pages among the readouts: their header facts come from the extraction, not the reader.
describe.each(pages)('extractDocument() then readDocument() on the readout page %s', (name) => {
  it('gives the title, issue date, publisher and meeting date the analyst gave', async () => {
    const expected = JSON.parse(readFixture(`readouts/${name}.expected.json`));
    const { text } = await extractDocument({
      bytes: readFileSync(path.join(READOUTS, `${name}.html`)),
      name: `${name}.html`,
    });
    const { event, issueDate, publisher } = readDocument(text, context);
    expect({ title: event.title, issueDate, publisher, date: event.date }).toEqual({
      title: expected.title,
      issueDate: expected.issueDate,
      publisher: expected.publisher,
      date: expected.date,
    });
  });
});
