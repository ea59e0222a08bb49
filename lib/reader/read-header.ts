import { parseDateLine } from './parse-date-text';

/** What the lines above a readout's first paragraph say. */
export interface DocumentHeader {
  /** The first line, as written. */
  title: string;
  /** The date line's date, `YYYY-MM-DD`; null where no line is a date. */
  issueDate: string | null;
  /** The first line under the title that is neither a date, a page label nor an attribution. */
  publisher: string | null;
}

/** Words a page prints above the text that name what it is, not who issued it. */
const PAGE_LABEL =
  /^(?:readout|release|press release|news release|statements? and releases|statement|media note|remarks|speech|transcript|fact sheet|joint statement|summary|overview|press statement)$/i;

/**
 * The line that hands the text to a speaker: "Pentagon Press Secretary ... provided the following
 * readout:", "The below is attributable to Spokesperson ...:", "The following statement was
 * issued by ...:". It is neither a statement nor a publisher.
 */
export function isAttributionLine(line: string): boolean {
  return (
    /:$/.test(line) &&
    /\b(?:provided|issued|released|gave) the following\b|\battributable to\b|^the following (?:is|statement|readout)\b/i.test(
      line,
    )
  );
}

/** Reads the title, the date line and the publisher from the non-blank lines above the body. */
export function readHeader(lines: string[]): DocumentHeader {
  const [title = '', ...rest] = lines;
  const issueDate = lines.map(parseDateLine).find(Boolean) ?? null;
  const publisher =
    rest.find(
      (line) => !parseDateLine(line) && !PAGE_LABEL.test(line) && !isAttributionLine(line),
    ) ?? null;
  return { title, issueDate, publisher };
}
