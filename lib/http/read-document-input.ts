import type { z } from 'zod';
import { failure, type Parsed } from './api-error';
import { readJsonBody } from './read-json-body';
import { checkWriteAccess } from './write-access';

/** Room in a body for what comes beside the text (source, facts, corrections). */
const ENVELOPE_BYTES = 256 * 1024;

/**
 * A document's JSON body: as readJsonBody(), and 413 where the text alone is over `maxTextBytes`.
 * A body may be larger where it may carry a file of up to `maxFileBytes` (in base64); the file's
 * own size is checked once decoded.
 */
export async function readDocumentInput<T extends z.ZodType<{ text?: string }>>(
  request: Request,
  schema: T,
  maxTextBytes: number,
  maxFileBytes = 0,
): Promise<Parsed<z.infer<T>>> {
  const base64Bytes = Math.ceil(maxFileBytes / 3) * 4;
  const maxBytes = Math.max(maxTextBytes, base64Bytes) + ENVELOPE_BYTES;
  const body = await readJsonBody(request, schema, maxBytes);
  if (!body.ok) return body;
  const text = (body.value as { text?: string }).text ?? '';
  if (Buffer.byteLength(text) > maxTextBytes)
    return failure(
      'payload_too_large',
      `the text is over the limit of ${maxTextBytes / 1024 / 1024} MB`,
      'text',
    );
  return body;
}

/** A write's document: refused as checkWriteAccess() says, else read as readDocumentInput(). */
export async function readWriteRequest<T extends z.ZodType<{ text?: string }>>(
  request: Request,
  schema: T,
  maxTextBytes: number,
  maxFileBytes = 0,
): Promise<Parsed<z.infer<T>>> {
  const denied = checkWriteAccess(request);
  if (denied) return { ok: false, error: denied };
  return readDocumentInput(request, schema, maxTextBytes, maxFileBytes);
}
