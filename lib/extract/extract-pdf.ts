import { createPdfText, type PdfLine } from './create-pdf-text';
import { ExtractError } from './extract-error';

/** The part of pdfjs' text items this module reads. */
interface TextItem {
  str: string;
  /** [scaleX, skewY, skewX, scaleY, x, y] */
  transform: number[];
  width: number;
  height: number;
}

/**
 * The text layer of a PDF in the reader's paragraphs (see createPdfText), read with pdfjs-dist.
 * Throws ExtractError for a damaged or password-protected PDF and for one with no text layer.
 */
export async function extractPdf(bytes: Uint8Array): Promise<string> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  // Loaded here, pdfjs runs its worker in this thread (globalThis.pdfjsWorker) instead of looking
  // for the worker's file at run time, which a bundled server build does not have beside it.
  // @ts-expect-error: pdfjs-dist ships no types for its worker module.
  await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
  // pdfjs takes the buffer over: hand it a copy so that the caller's bytes stay whole.
  const task = getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    verbosity: 0,
  });
  try {
    const pdf = await task.promise.catch((error: unknown) => {
      throw new ExtractError(pdfErrorOf(error));
    });
    const pages: PdfLine[][] = [];
    for (let number = 1; number <= pdf.numPages; number += 1) {
      const page = await pdf.getPage(number);
      const content = await page.getTextContent();
      pages.push(createLines(content.items.flatMap((item) => ('str' in item ? [item] : []))));
    }
    if (!pages.flat().some((line) => line.text.trim()))
      throw new ExtractError('no text layer: this looks like a scanned document');
    return createPdfText(pages);
  } finally {
    await task.destroy();
  }
}

function pdfErrorOf(error: unknown): string {
  const name = (error as { name?: string } | null)?.name;
  if (name === 'PasswordException') return 'the PDF is password-protected';
  const message = error instanceof Error ? error.message : String(error);
  return `the PDF is damaged: ${message.replace(/\.$/, '')}`;
}

/**
 * A page's text items as lines, top to bottom: items on one baseline (within half a glyph's
 * height) make a line, left to right; a footnote mark (a small raised number) is dropped.
 */
function createLines(items: TextItem[]): PdfLine[] {
  const lines: { y: number; size: number; items: TextItem[] }[] = [];
  for (const item of items) {
    if (!item.str.trim()) continue;
    const [, , , scale, , y] = item.transform as [number, number, number, number, number, number];
    const size = Math.abs(scale) || item.height;
    const line = lines.find((other) => Math.abs(other.y - y) < Math.max(other.size, size) / 2);
    if (line) {
      line.items.push(item);
      // The line sits on its body text's baseline, not on a raised mark's.
      if (size > line.size) Object.assign(line, { y, size });
    } else lines.push({ y, size, items: [item] });
  }
  return lines
    .sort((a, b) => b.y - a.y)
    .map((line) => createLine(line.items, line.y, line.size))
    .filter((line) => line.text);
}

function createLine(items: TextItem[], y: number, size: number): PdfLine {
  const sorted = [...items].sort((a, b) => a.transform[4]! - b.transform[4]!);
  let text = '';
  let end = -Infinity;
  for (const item of sorted) {
    const x = item.transform[4]!;
    const itemSize = Math.abs(item.transform[3]!) || item.height;
    const raised = item.transform[5]! > y + size * 0.15;
    if (itemSize < size * 0.8 && raised && /^[\d*†‡]{1,3}$/.test(item.str.trim())) continue;
    const spaced = /\s$/.test(text) || /^\s/.test(item.str);
    text += text && !spaced && x - end > size * 0.15 ? ` ${item.str}` : item.str;
    end = x + item.width;
  }
  const first = sorted[0]!;
  return {
    text: text.replace(/\s+/g, ' ').trim(),
    x: first.transform[4]!,
    y,
    right: end,
    size,
  };
}
