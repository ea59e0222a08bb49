import { createErrorResponse } from '@/lib/http/api-error';
import { createEventsExport } from '@/lib/export/create-events-export';
import { createExportFileName, formatExportDate } from '@/lib/export/create-export-file-name';
import { filterEvents } from '@/lib/filter/filter-events';
import { readEventQuery } from '@/lib/http/read-event-query';

export const dynamic = 'force-dynamic';

/**
 * GET /api/export/events (the filters of /api/events) → the matching events with all their
 * statements as a JSON download whose file name names the filters and today's date (UTC).
 */
export function GET(request: Request): Response {
  const { corpus, query } = readEventQuery(request);
  if (!query.ok) return createErrorResponse(query.error);
  const { themes, match, from, to } = query.value;
  const filters = { themes, match, ...(from ? { from } : {}), ...(to ? { to } : {}) };
  const exported = formatExportDate();
  const body = createEventsExport(filterEvents(corpus.events, query.value), filters, exported);
  const name = createExportFileName('events', filters, exported, 'json');
  return new Response(JSON.stringify(body, null, 2), {
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Disposition': `attachment; filename="${name}"`,
    },
  });
}
