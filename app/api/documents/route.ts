import {
  documentInputSchema,
  MAX_FILE_BYTES,
  MAX_TEXT_BYTES,
} from '@/lib/documents/document-input';
import { createDocument } from '@/lib/documents/documents';
import { createErrorResponse } from '@/lib/http/api-error';
import { createDocumentResponse } from '@/lib/http/document-response';
import { readWriteRequest } from '@/lib/http/read-document-input';

export const dynamic = 'force-dynamic';

/**
 * POST /api/documents {text | url | file, source?, facts?, corrections?} → 201 {"event":
 * EventDetail} with Location and ETag: the document is in the corpus, served from the next request
 * on. For a `url`, the page's URL is the source unless one is given.
 */
export async function POST(request: Request): Promise<Response> {
  const input = await readWriteRequest(
    request,
    documentInputSchema,
    MAX_TEXT_BYTES,
    MAX_FILE_BYTES,
  );
  if (!input.ok) return createErrorResponse(input.error);
  return createDocumentResponse(await createDocument(input.value), 201);
}
