import { describe, expect, it } from 'vitest';
import { extractDocument, ExtractError } from '@/lib/extract/extract-document';
import { readDocument } from '@/lib/reader/read-document';
import { bundledContext } from '../../helpers';
import { createTestPdf, wrap } from './create-test-pdf';

const RUNNING_HEADER = 'Japan-U.S. Joint Statement (provisional translation)';
const INTRO =
  'Prime Minister Mori Ken and President Alex Carter met in Tokyo on April 9, 2026 and issued the following statement on the future of the Alliance.';
const FIRST =
  '1. The leaders welcomed the upgrade of U.S. Forces Japan to a joint force headquarters that will work with the Japan Joint Operations Command in peacetime and in a contingency.';
const SECOND =
  '2. The leaders reaffirmed that Article V of the Treaty applies to the Senkaku Islands and opposed any attempt to change the status quo by force or coercion in the East China Sea.';
const THIRD =
  '3. The leaders committed to expand co-production of air defense missiles and to deepen cooperation with Australia, the Republic of Korea and the Philippines.';

/** A two-page joint statement with a running header, page numbers and a footnote. */
async function jointStatementPdf(): Promise<Uint8Array> {
  const second = wrap(SECOND);
  return createTestPdf([
    {
      header: RUNNING_HEADER,
      footer: '1',
      lines: [
        { text: 'Japan-U.S. Joint Leaders’ Statement: An Alliance for the', size: 16 },
        { text: 'Next Generation', size: 16 },
        { text: 'April 9, 2026', space: 10 },
        ...wrap(INTRO).map((line, i, all) =>
          i === all.length - 1 ? { ...line, mark: '1' } : line,
        ),
        ...wrap(FIRST),
        ...second.slice(0, 1),
        { text: '1 The statement was issued in English and Japanese.', size: 8, space: 40 },
      ],
    },
    { header: RUNNING_HEADER, footer: '2', lines: [...second.slice(1), ...wrap(THIRD)] },
  ]);
}

describe('extractDocument() on a PDF', () => {
  it('reads the text layer into paragraphs, without the running header, page numbers and footnotes', async () => {
    const { format, text } = await extractDocument({ bytes: await jointStatementPdf() });
    expect(format).toBe('pdf');
    expect(text).toBe(
      [
        'Japan-U.S. Joint Leaders’ Statement: An Alliance for the Next Generation',
        'April 9, 2026',
        INTRO,
        FIRST,
        SECOND,
        THIRD,
      ].join('\n\n') + '\n',
    );
  });

  it('gives the reader a text it reads like a plain-text statement', async () => {
    const { text } = await extractDocument({ bytes: await jointStatementPdf() });
    const { event, issueDate } = readDocument(text, bundledContext());
    expect(issueDate).toBe('2026-04-09');
    expect(event.date).toBe('2026-04-09');
    expect(event.title).toBe(
      'Japan-U.S. Joint Leaders’ Statement: An Alliance for the Next Generation',
    );
    expect(event.statements.map((statement) => statement.text)).toContain(
      SECOND.replace(/^2\. /, ''),
    );
  });

  it('knows a PDF by its content, whatever its name or content type says', async () => {
    const bytes = await jointStatementPdf();
    const { format } = await extractDocument({
      bytes,
      name: 'statement.txt',
      contentType: 'text/plain',
    });
    expect(format).toBe('pdf');
  });

  it('refuses a PDF with no text layer as a scan', async () => {
    const bytes = await createTestPdf([{ lines: [] }]);
    await expect(extractDocument({ bytes })).rejects.toThrow(
      new ExtractError('no text layer: this looks like a scanned document'),
    );
  });

  it('refuses a damaged PDF, saying so', async () => {
    const whole = await jointStatementPdf();
    const bytes = new TextEncoder().encode('%PDF-1.7\n1 0 obj << /Type /Catalog >>\ngarbage');
    await expect(extractDocument({ bytes })).rejects.toThrow(/^the PDF is damaged: /);
    await expect(extractDocument({ bytes: whole.slice(0, 400) })).rejects.toThrow(ExtractError);
  });
});
