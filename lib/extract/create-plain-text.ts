import { formatUtc } from '../dates/format-date';

/** A heading or a paragraph of a document's body, as a reader sees it. */
export interface TextBlock {
  kind: 'heading' | 'paragraph';
  /** The block's text: one line, or lines joined by "\n" where the page broke them. */
  text: string;
}

/** What goes above a document's body. */
export interface TextHeader {
  title: string | null;
  /** The issue date, `YYYY-MM-DD`. */
  date: string | null;
  publisher: string | null;
}

/** "2022-05-23" as a date line: "May 23, 2022". */
export function dateLineOf(isoDate: string): string {
  return formatUtc(Date.parse(`${isoDate}T00:00:00Z`), 'MMMM d, yyyy');
}

/**
 * The reader's plain-text shape: the title, the date line and the publisher each on a line, a
 * blank line, then the headings and paragraphs separated by blank lines.
 */
export function createPlainText(header: TextHeader, blocks: TextBlock[]): string {
  const top = [header.title, header.date && dateLineOf(header.date), header.publisher];
  const lines = top.filter((line): line is string => Boolean(line));
  return [lines.join('\n'), ...blocks.map((block) => block.text)].join('\n\n') + '\n';
}
