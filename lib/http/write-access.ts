import 'server-only';
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { apiError, type ApiError } from './api-error';

/** The cookie the add page holds the token in (httpOnly, SameSite=Strict). */
export const TOKEN_COOKIE = 'alliance_timeline_token';

interface WriteAccess {
  token: string;
  /** Whether the token was made at start (and is printed), rather than set by the deployment. */
  generated: boolean;
}

/**
 * The token every write needs: `ALLIANCE_TIMELINE_TOKEN`, or one made at random when the server
 * starts (the same for the whole process, printed with the add page's link).
 */
export function writeAccess(): WriteAccess {
  const holder = globalThis as { allianceTimelineWriteAccess?: WriteAccess };
  const configured = process.env.ALLIANCE_TIMELINE_TOKEN;
  if (configured) return { token: configured, generated: false };
  return (holder.allianceTimelineWriteAccess ??= {
    token: randomBytes(24).toString('base64url'),
    generated: true,
  });
}

/** `ALLIANCE_TIMELINE_READ_ONLY=1`: every write refused, and no add page. */
export function isReadOnly(): boolean {
  return /^(?:1|true|yes)$/i.test(process.env.ALLIANCE_TIMELINE_READ_ONLY ?? '');
}

/** Whether `candidate` is the write token, compared in constant time. */
export function isWriteToken(candidate: string | null | undefined): boolean {
  if (!candidate) return false;
  const digest = (text: string) => createHash('sha256').update(text).digest();
  return timingSafeEqual(digest(candidate), digest(writeAccess().token));
}

/**
 * Why a write request may not go on, or null where it may: the deployment is read-only (403),
 * no token (401), a wrong token (403), or a browser request from another origin (403). The token
 * comes as `Authorization: Bearer …` or in the add page's cookie; a request that relies on the
 * cookie must come from this site's own pages (its Origin header).
 */
export function checkWriteAccess(request: Request): ApiError | null {
  if (isReadOnly())
    return apiError(
      'forbidden',
      'this deployment is read-only: documents cannot be added or changed',
    );
  const origin = request.headers.get('origin');
  if (origin && !isSameOrigin(origin, request))
    return apiError(
      'forbidden',
      `writes are accepted only from this site, not from ${origin.slice(0, 100)}`,
    );
  const bearer = /^Bearer\s+(\S+)$/i.exec(request.headers.get('authorization') ?? '')?.[1];
  const cookie = readCookie(request.headers.get('cookie'), TOKEN_COOKIE);
  const token = bearer ?? cookie;
  if (!token)
    return apiError(
      'unauthorized',
      'a write needs the token: send Authorization: Bearer <token>, or open the add page’s link',
      'Authorization',
    );
  if (!isWriteToken(token)) return apiError('forbidden', 'the token is not valid', 'Authorization');
  if (!bearer && !origin)
    return apiError('forbidden', 'a write with the page’s cookie must come from the page itself');
  return null;
}

function isSameOrigin(origin: string, request: Request): boolean {
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host');
  try {
    const url = new URL(origin);
    return url.host === (host ?? new URL(request.url).host);
  } catch {
    return false;
  }
}

function readCookie(header: string | null, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return decodeURIComponent(value.join('='));
  }
  return undefined;
}
