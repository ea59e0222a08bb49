import { PDFDocument, StandardFonts, rgb } from 'pdf-lib';

/** A line to draw: its text, font size (11 unless told) and a raised footnote mark after it. */
export interface TestLine {
  text: string;
  size?: number;
  /** A footnote mark set small and raised after the line's text. */
  mark?: string;
  /** Extra space above the line, in points: a paragraph break. */
  space?: number;
}

/** A page: its lines top to bottom, and what repeats at its head and foot. */
export interface TestPage {
  lines: TestLine[];
  header?: string;
  footer?: string;
}

/**
 * An A4 PDF with a text layer set in Helvetica from the lines given, one page per entry; a page
 * with no lines gets a grey box and no text (what a scan's image-only page holds for the reader).
 */
export async function createTestPdf(pages: TestPage[]): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  for (const { lines, header, footer } of pages) {
    const page = pdf.addPage([595, 842]);
    if (!lines.length)
      page.drawRectangle({ x: 60, y: 100, width: 470, height: 640, color: rgb(0.8, 0.8, 0.8) });
    if (header) page.drawText(header, { x: 60, y: 800, size: 8, font });
    if (footer) page.drawText(footer, { x: 290, y: 40, size: 9, font });
    let y = 760;
    for (const line of lines) {
      const size = line.size ?? 11;
      y -= (line.space ?? 0) + size * 1.3;
      page.drawText(line.text, { x: 60, y, size, font });
      if (line.mark) {
        const x = 60 + font.widthOfTextAtSize(line.text, size);
        page.drawText(line.mark, { x, y: y + size * 0.4, size: size * 0.6, font });
      }
    }
  }
  return pdf.save();
}

/** A paragraph set in lines of at most `width` characters, the first with space above it. */
export function wrap(paragraph: string, width = 88, space = 8): TestLine[] {
  const lines: string[] = [];
  for (const word of paragraph.split(' ')) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + word.length + 1 <= width)
      lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines.map((text, index) => ({ text, space: index === 0 ? space : 0 }));
}
