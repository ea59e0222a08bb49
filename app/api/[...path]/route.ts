import { createErrorResponse, notFound } from '@/lib/http/api-error';

export const dynamic = 'force-dynamic';

/**
 * Any other path under /api answers 404 in the API's error shape, never an HTML page, whatever
 * the method (proxy.ts answers these first; this is the route behind it).
 */
export async function GET(
  _request: Request,
  context: RouteContext<'/api/[...path]'>,
): Promise<Response> {
  const { path } = await context.params;
  return createErrorResponse(notFound(`there is no API resource /api/${path.join('/')}`));
}

export { GET as POST, GET as PUT, GET as PATCH, GET as DELETE };
