import { decodeHtml, decodeText } from './decode-text';
import { extractHtml } from './extract-html';
import { extractPdf } from './extract-pdf';
import { ExtractError } from './extract-error';
import { formatOf, type DocumentFormat } from './format-of';

export { ExtractError } from './extract-error';
export { DOCUMENT_FORMATS, type DocumentFormat } from './format-of';

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

/**
 * Reads the text a document holds, known by its content: a PDF's text layer, an HTML page's
 * article (decoded by its declared charset), or plain text (UTF-8, or the charset its content type
 * declares). Throws ExtractError for bytes that hold no readable text, saying why.
 */
export async function extractDocument(input: DocumentBytes): Promise<ExtractedDocument> {
  const { bytes, contentType, name } = input;
  const format = formatOf(bytes, contentType, name);
  const text = await textOf(format, input);
  if (!text.trim()) throw new ExtractError(`the ${NOUNS[format]} holds no text`);
  return { format, text };
}

const NOUNS: Record<DocumentFormat, string> = { text: 'text', html: 'page', pdf: 'PDF' };

async function textOf(format: DocumentFormat, { bytes, contentType, name }: DocumentBytes) {
  if (format === 'pdf') return extractPdf(bytes);
  if (format === 'html') return extractHtml(decodeHtml(bytes, contentType), name);
  return decodeText(bytes, contentType);
}
