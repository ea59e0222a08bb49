import { createErrorResponse, notFound } from '@/lib/http/api-error';

export const dynamic = 'force-dynamic';

/** Any other path under /api answers 404 in the API's error shape, never an HTML page. */
export async function GET(
  _request: Request,
  context: RouteContext<'/api/[...path]'>,
): Promise<Response> {
  const { path } = await context.params;
  return createErrorResponse(notFound(`there is no API resource /api/${path.join('/')}`));
}
