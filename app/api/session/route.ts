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

/**
 * POST /api/session with JSON `{"token": "…"}` → 204 with the cookie (the add page's token form);
 * with the form's own fields (before the page's script has loaded) → 303 to the add page.
 */
export async function POST(request: Request): Promise<Response> {
  const json = /^application\/json\b/i.test(request.headers.get('content-type') ?? '');
  const token = json ? await readJsonToken(request) : await readFormToken(request);
  const denied = check(token);
  if (denied) return denied;
  const cookie = cookieOf(token!, request);
  if (json) return new Response(null, { status: 204, headers: { 'Set-Cookie': cookie } });
  return new Response(null, {
    status: 303,
    headers: { Location: '/documents/new', 'Set-Cookie': cookie },
  });
}

async function readJsonToken(request: Request): Promise<string | null> {
  const body = await request.json().catch(() => null);
  return typeof body?.token === 'string' ? body.token : null;
}

async function readFormToken(request: Request): Promise<string | null> {
  const form = await request.formData().catch(() => null);
  const token = form?.get('token');
  return typeof token === 'string' ? token : null;
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
