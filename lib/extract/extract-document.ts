/** The formats a document can come in, known by its content. */
export const DOCUMENT_FORMATS = ['text', 'html', 'pdf'] as const;
export type DocumentFormat = (typeof DOCUMENT_FORMATS)[number];

/** A document's bytes as they came: a file, an upload or a fetched page. */
export interface DocumentBytes {
  bytes: Uint8Array;
  /** The media type it was served or uploaded with, if any ("text/html; charset=utf-8"). */
  contentType?: string;
  /** The file's name or the page's URL, if any: a hint only, the content decides. */
  name?: string;
}

/** What a document holds for the reader. */
export interface ExtractedDocument {
  format: DocumentFormat;
  /**
   * Plain text in the reader's shape: the title on the first line, the date and publisher lines
   * under it, then headings and paragraphs separated by blank lines.
   */
  text: string;
}

/** Thrown for bytes that hold no readable document; the message says why. */
export class ExtractError extends Error {
  override name = 'ExtractError';
}

/** Reads the text a document holds. Plain text only so far: UTF-8, with or without a BOM. */
export async function extractDocument(input: DocumentBytes): Promise<ExtractedDocument> {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(input.bytes);
  } catch {
    throw new ExtractError('the document is not UTF-8 text');
  }
  return { format: 'text', text };
}
