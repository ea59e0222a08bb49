import {
  documentInputSchema,
  MAX_FILE_BYTES,
  MAX_TEXT_BYTES,
} from '@/lib/documents/document-input';
import { previewDocument } from '@/lib/documents/documents';
import { createErrorResponse } from '@/lib/http/api-error';
import { readWriteRequest } from '@/lib/http/read-document-input';

export const dynamic = 'force-dynamic';

/**
 * POST /api/documents/preview {text | url | file, source?, facts?, corrections?} → 200 {"event": …,
 * "missing": […], "issueDate", "publisher", "source", "duplicate"}: what the reader makes of the
 * document (fetched from its official page where `url` is given); nothing saved.
 */
export async function POST(request: Request): Promise<Response> {
  const input = await readWriteRequest(
    request,
    documentInputSchema,
    MAX_TEXT_BYTES,
    MAX_FILE_BYTES,
  );
  if (!input.ok) return createErrorResponse(input.error);
  const preview = await previewDocument(input.value);
  if (!preview.ok) return createErrorResponse(preview.error);
  return Response.json(preview.value, { headers: { 'Cache-Control': 'no-store' } });
}
