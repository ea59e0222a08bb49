import { ExtractError } from './extract-error';

/** The formats a document can come in, known by its content. */
export const DOCUMENT_FORMATS = ['text', 'html', 'pdf'] as const;
export type DocumentFormat = (typeof DOCUMENT_FORMATS)[number];

/** What the content type or the name says a document is: a hint, never the last word. */
type Hint = DocumentFormat | null;

/** Other files people drop by mistake, named so that the message can say what they gave. */
const OTHER_FORMATS: [string, number[]][] = [
  ['a PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['a JPEG image', [0xff, 0xd8, 0xff]],
  ['a GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['a ZIP archive (or a Word/Excel file)', [0x50, 0x4b, 0x03, 0x04]],
  ['an old Microsoft Office file', [0xd0, 0xcf, 0x11, 0xe0]],
];

/**
 * The tags that open an HTML document, after white space and comments (the WHATWG sniffing
 * table, plus the tags saved pages start with).
 */
const HTML_START =
  /^(?:\s|<!--[\s\S]*?-->)*<(?:!doctype\s+html|html|head|body|meta|title|link|script|style|iframe|h1|div|font|table|a|b|br|p|article|main|section)[\s/>]/i;

/**
 * The format of a document by its content: `%PDF-` at its start, an HTML tag at its
 * start, otherwise text. `contentType` and `name` only settle what the content leaves open (an
 * HTML fragment that opens with text). Throws ExtractError for an empty file and binary data.
 */
export function formatOf(bytes: Uint8Array, contentType?: string, name?: string): DocumentFormat {
  if (!bytes.some((byte) => !isSpaceByte(byte))) throw new ExtractError('the document is empty');
  const head = latin1(bytes.subarray(0, 1024));
  // PDF readers accept a header after some leading junk; text that merely mentions one is text.
  if (/^\s*%PDF-/.test(head) || (head.includes('%PDF-') && isBinary(bytes))) return 'pdf';
  const other = OTHER_FORMATS.find(([, magic]) => magic.every((byte, i) => bytes[i] === byte));
  if (other) throw new ExtractError(`not a document: this is ${other[0]}, not text, HTML or PDF`);
  const hint = hintOf(contentType, name);
  if (isBinary(bytes)) {
    throw new ExtractError(
      hint === 'pdf'
        ? 'not a PDF: the file does not start with %PDF- (damaged, or not a PDF)'
        : 'not a document: the file holds binary data, not text, HTML or PDF',
    );
  }
  const start = head.replace(/^\uFEFF|^\xEF\xBB\xBF/, '');
  if (HTML_START.test(start)) return 'html';
  return hint === 'html' && /<\/?[a-z][^>]*>/i.test(start) ? 'html' : 'text';
}

function hintOf(contentType = '', name = ''): Hint {
  const type = contentType.split(';')[0]!.trim().toLowerCase();
  if (type === 'application/pdf' || /\.pdf$/i.test(name)) return 'pdf';
  if (/html/.test(type) || /\.x?html?$/i.test(name)) return 'html';
  return null;
}

function latin1(bytes: Uint8Array): string {
  return new TextDecoder('latin1').decode(bytes);
}

function isSpaceByte(byte: number): boolean {
  return byte === 0x20 || (byte >= 0x09 && byte <= 0x0d);
}

/**
 * Binary data: a NUL byte or many control characters in the first 4 KB. UTF-16 text (which has
 * NULs) announces itself with a byte-order mark.
 */
function isBinary(bytes: Uint8Array): boolean {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
    return false;
  const sample = bytes.subarray(0, 4096);
  let controls = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (byte < 0x20 && !isSpaceByte(byte)) controls += 1;
  }
  return controls > sample.length / 20;
}
