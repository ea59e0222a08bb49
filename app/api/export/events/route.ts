import { createReadRoute } from '@/lib/http/create-read-route';
import { createErrorResponse } from '@/lib/http/api-error';
import { createEventsExportText } from '@/lib/export/create-events-export';
import { createExportFileName, formatExportDate } from '@/lib/export/create-export-file-name';
import { createTextStream } from '@/lib/http/create-text-stream';
import { filterEvents } from '@/lib/filter/filter-events';
import { readEventQuery } from '@/lib/http/read-event-query';
import { parseLangParam } from '@/lib/http/parse-lang-param';
import { eventsExportHeadingsOf } from './events-export-headings-of';

export const dynamic = 'force-dynamic';

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = createReadRoute(getEventsExport);

/**
 * GET /api/export/events (the filters of /api/events; `lang=en|ja` adds the headings of the
 * file's keys and codes in that language) → the matching events with all their statements as a
 * JSON download whose file name names the filters and today's date (UTC), streamed one event at
 * a time (at 10,000 events the file is some 30 MB).
 */
function getEventsExport(request: Request): Response {
  const { corpus, params, query } = readEventQuery(request);
  if (!query.ok) return createErrorResponse(query.error);
  const lang = parseLangParam(params);
  if (!lang.ok) return createErrorResponse(lang.error);
  const worded = lang.value && {
    language: lang.value,
    headings: eventsExportHeadingsOf(lang.value),
  };
  const { themes, match, from, to } = query.value;
  const filters = { themes, match, ...(from ? { from } : {}), ...(to ? { to } : {}) };
  const exported = formatExportDate();
  const events = filterEvents(corpus.events, query.value);
  const name = createExportFileName('events', filters, exported, 'json');
  return new Response(createTextStream(createEventsExportText(events, filters, exported, worded)), {
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Disposition': `attachment; filename="${name}"`,
      'Cache-Control': 'no-store',
    },
  });
}
