import type { SourceKind } from '../types';

/**
 * Whether every source of an event is a news report: no publisher's page and no copy of an
 * official text backs its statements, so the UI marks them "From news reports".
 */
export function isNewsOnly(event: { sources: readonly { kind: SourceKind }[] }): boolean {
  return event.sources.length > 0 && event.sources.every((source) => source.kind === 'news');
}
