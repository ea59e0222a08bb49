import { documentChangeSchema, MAX_TEXT_BYTES } from '@/lib/documents/document-input';
import { deleteDocument, readStoredDocument, replaceDocument } from '@/lib/documents/documents';
import { createErrorResponse, notFound } from '@/lib/http/api-error';
import { createDocumentResponse } from '@/lib/http/document-response';
import { readWriteRequest } from '@/lib/http/read-document-input';
import { checkWriteAccess } from '@/lib/http/write-access';

export const dynamic = 'force-dynamic';

type Context = RouteContext<'/api/documents/[id]'>;

/** GET /api/documents/{id} → {"event": EventDetail} with the ETag a change must send in If-Match. */
export async function GET(_request: Request, context: Context): Promise<Response> {
  const { id } = await context.params;
  const document = await readStoredDocument(id);
  if (!document) return createErrorResponse(notFound(`no document has the id "${id}"`, 'id'));
  return createDocumentResponse({ ok: true, value: document }, 200);
}

/**
 * PUT /api/documents/{id} {text?, source?, facts?, corrections?} with If-Match → 200 with the new
 * ETag; 412 where the document changed since it was read, 428 without If-Match.
 */
export async function PUT(request: Request, context: Context): Promise<Response> {
  const { id } = await context.params;
  const change = await readWriteRequest(request, documentChangeSchema, MAX_TEXT_BYTES);
  if (!change.ok) return createErrorResponse(change.error);
  const result = await replaceDocument(id, change.value, request.headers.get('if-match'));
  return createDocumentResponse(result, 200);
}

/** DELETE /api/documents/{id} → 204: the file moves to the corpus's `deleted/` folder. */
export async function DELETE(request: Request, context: Context): Promise<Response> {
  const denied = checkWriteAccess(request);
  if (denied) return createErrorResponse(denied);
  const { id } = await context.params;
  const result = await deleteDocument(id, request.headers.get('if-match'));
  if (!result.ok) return createErrorResponse(result.error);
  return new Response(null, { status: 204 });
}
