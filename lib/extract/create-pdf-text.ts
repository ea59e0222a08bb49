/** A line of a PDF page's text layer, in PDF units (points, y up from the page's foot). */
export interface PdfLine {
  text: string;
  /** The left edge and the baseline. */
  x: number;
  y: number;
  /** The right edge of its last glyph. */
  right: number;
  /** Its font size (the glyphs' height). */
  size: number;
}

/** "3", "- 3 -", "Page 3", "3 / 12", "Page 3 of 12". */
const PAGE_NUMBER = /^(?:page\s+)?[-–—]?\s*\d{1,4}\s*[-–—]?(?:\s*(?:of|\/)\s*\d{1,4})?$/i;
/** How a numbered paragraph or a list item starts: "1.", "(2)", "(a)", "II.", "•". */
const ITEM_START = /^(?:\d{1,2}\.|\(\d{1,2}\)|\([a-z]\)|[IVX]{1,4}\.|[•・●▪■◆-])\s/;
const SENTENCE_END = /[.!?:。]["”’)]?$/;
const CJK = /[\u3000-\u30ff\u3400-\u9fff\uff00-\uffef]/;

/**
 * A PDF's text in paragraphs: lines joined where the text runs on, split at wider gaps, size
 * changes, numbered items and short last lines; page numbers and the running headers and footers
 * repeated on most pages dropped, with the small print at a page's foot (its footnotes);
 * paragraphs that run over a page break joined. Paragraphs come back separated by blank lines.
 */
export function createPdfText(pages: PdfLine[][]): string {
  const bodySize = commonSize(pages.flat());
  const running = runningLines(pages);
  const paragraphs: string[] = [];
  for (const page of pages) {
    const lines = dropFootnotes(
      page.filter((line, index) => !isFurniture(line, index, page.length, running)),
      bodySize,
    );
    const blocks = createParagraphs(lines, bodySize);
    const first = blocks[0];
    const last = paragraphs.at(-1);
    if (first && last && !SENTENCE_END.test(last) && /^[a-z(]/.test(first))
      paragraphs[paragraphs.length - 1] = joinLines(last, blocks.shift()!);
    paragraphs.push(...blocks);
  }
  return paragraphs.join('\n\n') + '\n';
}

/** The size most of the text is set in: the body's. */
function commonSize(lines: PdfLine[]): number {
  const weights = new Map<number, number>();
  for (const line of lines) {
    const size = Math.round(line.size * 2) / 2;
    weights.set(size, (weights.get(size) ?? 0) + line.text.length);
  }
  return [...weights].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 10;
}

/** A line's shape with its numbers blanked: the same running header or footer on every page. */
function keyOf(line: PdfLine): string {
  return line.text.replace(/\d+/g, '#').toLowerCase();
}

/** The keys of lines at the top or foot (two lines each) of at least half the pages, and two. */
function runningLines(pages: PdfLine[][]): Set<string> {
  if (pages.length < 2) return new Set();
  const counts = new Map<string, number>();
  for (const page of pages) {
    const edges = new Set([...page.slice(0, 2), ...page.slice(-2)].map(keyOf));
    for (const key of edges) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const least = Math.max(2, Math.ceil(pages.length / 2));
  return new Set([...counts].filter(([, count]) => count >= least).map(([key]) => key));
}

function isFurniture(line: PdfLine, index: number, count: number, running: Set<string>): boolean {
  const atEdge = index < 2 || index >= count - 2;
  return atEdge && (PAGE_NUMBER.test(line.text) || running.has(keyOf(line)));
}

/** The lines in smaller type at the foot of a page, under its body text: footnotes. */
function dropFootnotes(lines: PdfLine[], bodySize: number): PdfLine[] {
  let end = lines.length;
  while (end > 0 && lines[end - 1]!.size < bodySize * 0.85) end -= 1;
  const hasBody = lines.slice(0, end).some((line) => line.size >= bodySize * 0.85);
  return hasBody && /^[\d*†‡]/.test(lines[end]?.text ?? '') ? lines.slice(0, end) : lines;
}

function createParagraphs(lines: PdfLine[], bodySize: number): string[] {
  const gaps = lines.slice(1).map((line, i) => lines[i]!.y - line.y);
  const lineGap = median(gaps.filter((gap) => gap > 0)) ?? bodySize * 1.2;
  const rightEdge = Math.max(0, ...lines.map((line) => line.right));
  const leftEdge = Math.min(rightEdge, ...lines.map((line) => line.x));
  const paragraphs: string[] = [];
  lines.forEach((line, i) => {
    const previous = lines[i - 1];
    if (previous && !isBreak(previous, line, { lineGap, leftEdge, rightEdge, bodySize }))
      paragraphs[paragraphs.length - 1] = joinLines(paragraphs.at(-1)!, line.text);
    else paragraphs.push(line.text);
  });
  return paragraphs;
}

interface Layout {
  lineGap: number;
  leftEdge: number;
  rightEdge: number;
  bodySize: number;
}

function isBreak(previous: PdfLine, line: PdfLine, layout: Layout): boolean {
  const gap = previous.y - line.y;
  const isTitle = previous.size > layout.bodySize * 1.15;
  if (Math.abs(previous.size - line.size) > layout.bodySize * 0.15) return true;
  if (gap > layout.lineGap * 1.5 || gap < 0) return true;
  if (ITEM_START.test(line.text)) return true;
  // A sentence that stops short of the margin ends its paragraph; a line that stops far short is a
  // heading (titles, set larger, wrap short and run on).
  const width = layout.rightEdge - layout.leftEdge;
  if (SENTENCE_END.test(previous.text) && previous.right < layout.rightEdge - width * 0.15)
    return true;
  return !isTitle && previous.right < layout.leftEdge + width * 0.6;
}

/** Two lines of one paragraph: a space between words, none between CJK characters. */
function joinLines(text: string, next: string): string {
  if (CJK.test(text.at(-1) ?? '') && CJK.test(next[0] ?? '')) return text + next;
  if (/[A-Za-z]-$/.test(text) && /^[a-z]/.test(next)) return text + next;
  return `${text} ${next}`;
}

function median(values: number[]): number | undefined {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}
