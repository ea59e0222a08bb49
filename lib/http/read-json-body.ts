import type { z } from 'zod';
import { failure, type Parsed } from './api-error';

/**
 * A request's JSON body, checked against `schema`: 415 for a body that is not JSON, 413 over
 * `maxBytes`, 400 for JSON that does not parse, 400 or 422 for a field that is wrong (named in
 * `param`, e.g. `source.url`).
 */
export async function readJsonBody<T extends z.ZodType>(
  request: Request,
  schema: T,
  maxBytes: number,
): Promise<Parsed<z.infer<T>>> {
  const type = request.headers.get('content-type') ?? '';
  if (!/^application\/json\b/i.test(type))
    return failure(
      'unsupported_media_type',
      `send the document as JSON (Content-Type: application/json), not ${type.slice(0, 100) || 'no type'}`,
      'Content-Type',
    );
  const text = await readText(request, maxBytes);
  if (text === null)
    return failure(
      'payload_too_large',
      `the body is over the limit of ${maxBytes / 1024 / 1024} MB`,
      'text',
    );
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return failure(
      'invalid_body',
      `the body is not valid JSON: ${(error as Error).message.slice(0, 100)}`,
      null,
    );
  }
  const result = schema.safeParse(json);
  if (result.success) return { ok: true, value: result.data };
  const issue = result.error.issues[0]!;
  const param = issue.path.map(String).join('.') || null;
  const message =
    issue.code === 'invalid_type' && issue.message.endsWith('received undefined')
      ? 'is required'
      : issue.code === 'unrecognized_keys'
        ? `has fields the API does not know: ${issue.keys.join(', ').slice(0, 100)}`
        : issue.message;
  return failure('invalid_body', message, param);
}

/** The body as text, or null once it passes `maxBytes` (read no further). */
async function readText(request: Request, maxBytes: number): Promise<string | null> {
  const declared = Number(request.headers.get('content-length'));
  if (declared > maxBytes) return null;
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return new TextDecoder().decode(Buffer.concat(chunks));
}
