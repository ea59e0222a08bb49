import type { StoredDocument } from '../documents/documents';
import { createErrorResponse, type Parsed } from './api-error';

/** 200 or 201 with `{"event": …}`, the ETag and, for a new document, where it is. */
export function createDocumentResponse(
  result: Parsed<StoredDocument>,
  status: 200 | 201,
): Response {
  if (!result.ok) return createErrorResponse(result.error);
  const { event, etag } = result.value;
  const headers: Record<string, string> = { ETag: etag, 'Cache-Control': 'no-store' };
  if (status === 201) headers.Location = `/api/documents/${encodeURIComponent(event.id)}`;
  return Response.json({ event }, { status, headers });
}
