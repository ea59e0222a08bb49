import 'server-only';
import { ExtractError, extractDocument, type DocumentBytes } from '../extract/extract-document';
import { FetchError, type FetchFailure } from '../fetch/fetch-error';
import { fetchSource, type FetchedSource } from '../fetch/fetch-source';
import { findPageUrl } from '../fetch/find-page-url';
import { failure, type ApiErrorCode, type Parsed } from '../http/api-error';
import { MAX_FILE_BYTES, MAX_TEXT_BYTES, type DocumentInput } from './document-input';

/** Fetches a page by URL; fetchSource() unless a test gives its own. */
export type FetchPage = (url: string) => Promise<FetchedSource>;

/** A document's text for the reader, and the page it was read from where it came by URL. */
export interface DocumentText {
  text: string;
  /**
   * The document's page: the URL it was fetched from, as given, or the one a saved page names as
   * its own (its canonical link, `og:url` or a browser's "saved from" mark).
   */
  url?: string;
}

/** The answer each fetch failure gets: refused input is the person's to fix, the rest the site's. */
const FETCH_ERROR_CODES: Record<FetchFailure, ApiErrorCode> = {
  invalid_url: 'unprocessable',
  host_not_allowed: 'unprocessable',
  address_not_allowed: 'unprocessable',
  too_large: 'payload_too_large',
  timeout: 'bad_gateway',
  too_many_redirects: 'bad_gateway',
  http_status: 'bad_gateway',
  network: 'bad_gateway',
};

/**
 * The text of a document however it was given: `text` as it is, a `file`'s bytes or the page at
 * `url` through extractDocument(). A page that cannot be fetched or read, or a file over 5 MB,
 * fails naming `url` or `file`.
 */
export async function loadDocumentText(
  input: Pick<DocumentInput, 'text' | 'url' | 'file'>,
  fetchPage: FetchPage = fetchSource,
): Promise<Parsed<DocumentText>> {
  if (input.url !== undefined) return loadPage(input.url, fetchPage);
  if (input.file !== undefined) {
    const bytes = Buffer.from(input.file.data, 'base64');
    if (bytes.byteLength > MAX_FILE_BYTES)
      return failure(
        'payload_too_large',
        `the file is over the limit of ${MAX_FILE_BYTES / 1024 / 1024} MB`,
        'file',
      );
    const { name, type } = input.file;
    const text = await extract({ bytes, name, contentType: type }, 'file');
    const url = findPageUrl(bytes.toString('latin1'));
    return text.ok && url ? { ok: true, value: { ...text.value, url } } : text;
  }
  return { ok: true, value: { text: input.text ?? '' } };
}

async function loadPage(url: string, fetchPage: FetchPage): Promise<Parsed<DocumentText>> {
  let page: FetchedSource;
  try {
    page = await fetchPage(url);
  } catch (error) {
    if (error instanceof FetchError)
      return failure(FETCH_ERROR_CODES[error.reason], error.message, 'url');
    throw error;
  }
  const text = await extract(
    { bytes: page.bytes, contentType: page.contentType, name: page.finalUrl },
    'url',
  );
  return text.ok ? { ok: true, value: { ...text.value, url } } : text;
}

async function extract(document: DocumentBytes, param: string): Promise<Parsed<DocumentText>> {
  try {
    const { text } = await extractDocument(document);
    if (Buffer.byteLength(text) > MAX_TEXT_BYTES)
      return failure(
        'payload_too_large',
        `the document’s text is over the limit of ${MAX_TEXT_BYTES / 1024 / 1024} MB`,
        param,
      );
    return { ok: true, value: { text } };
  } catch (error) {
    if (error instanceof ExtractError)
      return failure('unprocessable', `${document.name}: ${error.message}`, param);
    throw error;
  }
}
