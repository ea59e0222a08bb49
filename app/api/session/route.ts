import { apiError, createErrorResponse } from '@/lib/http/api-error';
import { isReadOnly, isWriteToken, TOKEN_COOKIE } from '@/lib/http/write-access';

export const dynamic = 'force-dynamic';

/**
 * GET /api/session?token=… (the link the server prints at start): keeps the token in an httpOnly,
 * SameSite=Strict cookie and goes on to the add page. A wrong token gets a 403.
 */
export async function GET(request: Request): Promise<Response> {
  const token = new URL(request.url).searchParams.get('token');
  const denied = check(token);
  if (denied) return denied;
  return new Response(null, {
    status: 303,
    headers: { Location: '/documents/new', 'Set-Cookie': cookieOf(token!, request) },
  });
}

/** POST /api/session {"token": "…"} → 204 with the cookie (the add page's token form). */
export async function POST(request: Request): Promise<Response> {
  const body = await request.json().catch(() => null);
  const token = typeof body?.token === 'string' ? body.token : null;
  const denied = check(token);
  if (denied) return denied;
  return new Response(null, { status: 204, headers: { 'Set-Cookie': cookieOf(token!, request) } });
}

function check(token: string | null): Response | null {
  if (isReadOnly())
    return createErrorResponse(apiError('forbidden', 'this deployment is read-only'));
  if (!token) return createErrorResponse(apiError('unauthorized', 'give the token', 'token'));
  if (!isWriteToken(token))
    return createErrorResponse(apiError('forbidden', 'the token is not valid', 'token'));
  return null;
}

function cookieOf(token: string, request: Request): string {
  const secure = new URL(request.url).protocol === 'https:' ? '; Secure' : '';
  return `${TOKEN_COOKIE}=${encodeURIComponent(token)}; Path=/; HttpOnly; SameSite=Strict; Max-Age=2592000${secure}`;
}
