import { describe, expect, it } from 'vitest';
import { extractDocument, ExtractError } from '@/lib/extract/extract-document';

const encode = (text: string) => new TextEncoder().encode(text);

describe('extractDocument() on plain text', () => {
  it('hands UTF-8 text over as it is, without its byte-order mark', async () => {
    const text = 'Japan-U.S. Talks\n\nMay 5, 2022\n\nThe ministers met.\n';
    expect(await extractDocument({ bytes: encode(text) })).toEqual({ format: 'text', text });
    const bom = Uint8Array.from([0xef, 0xbb, 0xbf, ...encode(text)]);
    expect((await extractDocument({ bytes: bom })).text).toBe(text);
  });

  it('decodes UTF-16 by its byte-order mark, and other text by its content type’s charset', async () => {
    const utf16 = Uint8Array.from([
      0xff,
      0xfe,
      ...[...'Talks'].flatMap((c) => [c.charCodeAt(0), 0]),
    ]);
    expect((await extractDocument({ bytes: utf16 })).text).toBe('Talks');
    const latin1 = Uint8Array.from('Caf\xe9 talks', (c) => c.charCodeAt(0));
    const read = await extractDocument({
      bytes: latin1,
      contentType: 'text/plain; charset=iso-8859-1',
    });
    expect(read.text).toBe('Café talks');
  });
});

describe('extractDocument() on what is not a document', () => {
  it.each([
    ['an empty file', new Uint8Array(), 'the document is empty'],
    ['white space', encode(' \n\t\n'), 'the document is empty'],
    [
      'binary junk',
      Uint8Array.from({ length: 256 }, (_, i) => (i * 7) % 256),
      'not a document: the file holds binary data, not text, HTML or PDF',
    ],
    [
      'a PNG image',
      Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
      'not a document: this is a PNG image, not text, HTML or PDF',
    ],
    [
      'a file named .pdf that is not one',
      Uint8Array.from([1, 2, 3, 0, 5, 6]),
      'not a PDF: the file does not start with %PDF- (damaged, or not a PDF)',
    ],
    [
      'text that is not UTF-8',
      Uint8Array.from('Caf\xe9 talks', (c) => c.charCodeAt(0)),
      'the text is not UTF-8: save it as UTF-8 and try again',
    ],
    [
      'a page with no text',
      encode('<!DOCTYPE html><html><body><nav>Home</nav></body></html>'),
      'the page holds no text',
    ],
  ])('refuses %s with a clear ExtractError', async (what, bytes, message) => {
    const name = what.includes('.pdf') ? 'statement.pdf' : undefined;
    await expect(extractDocument({ bytes, name })).rejects.toThrow(new ExtractError(message));
  });
});
