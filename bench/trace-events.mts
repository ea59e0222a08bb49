// What the benchmarks read of a Chromium trace.

/** A trace event as Chromium writes it (the fields read here). */
export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tid: number;
  pid: number;
  args?: { data?: { url?: string; functionName?: string; type?: string } };
}

/** What an event ran, where the trace says: a function's name, an event's type or a script's file. */
export function detailOf(event: TraceEvent): string {
  const data = event.args?.data;
  const detail = data?.functionName || data?.type || data?.url?.split('/').pop();
  return detail ? ` (${detail})` : '';
}
