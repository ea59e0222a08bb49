import { eventFrontMatterSchema, type EventFrontMatter } from '../corpus/corpus-schema';
import { japanDateOf } from '../dates/japan-date';
import type { DraftReading } from '../reader/read-document';
import type { DocumentInput } from './document-input';

/** A front matter that passed validation, or the first problem with the field it is in. */
export type FrontMatterResult =
  { ok: true; frontMatter: EventFrontMatter } | { ok: false; param: string; message: string };

/**
 * The front matter of a new event file: what the reader found, with the person's facts over it,
 * the source, and the corrections; validated as every corpus file is. `id` is the event's id.
 * A field that fails names its place in the input (`facts.date`, `source.url`).
 */
export function createFrontMatter(
  draft: DraftReading,
  { facts = {}, source, corrections }: Pick<DocumentInput, 'facts' | 'source' | 'corrections'>,
  id: string,
): FrontMatterResult {
  const event = draft.event;
  const date = facts.date ?? event.date ?? undefined;
  const startTime = facts.startTime ?? event.startTime;
  const utcOffset = facts.utcOffset;
  const timed = startTime !== undefined && utcOffset !== undefined;
  const japanDate =
    facts.japanDate ?? (timed && date ? japanDateOf(date, startTime, utcOffset) : undefined);
  const title = facts.title ?? event.title;
  const candidate = {
    id,
    title,
    kind: facts.kind ?? event.kind ?? undefined,
    date,
    ...(japanDate ? { japanDate } : {}),
    ...(timed ? { startTime, utcOffset } : {}),
    ...defined('durationMinutes', facts.durationMinutes ?? event.durationMinutes),
    ...defined('place', facts.place || event.place),
    ...defined('format', facts.format ?? event.format),
    participants: facts.participants ?? event.participants,
    sources: source
      ? [
          {
            publisher: source.publisher,
            title: source.title ?? title,
            url: source.url,
            language: source.language ?? draft.language,
            kind: source.kind ?? 'publisher',
          },
        ]
      : [],
    provenance: facts.provenance ?? 'official-text',
    ...(corrections && Object.keys(corrections).length ? { corrections } : {}),
  };
  const result = eventFrontMatterSchema.safeParse(candidate);
  if (result.success) return { ok: true, frontMatter: result.data };
  const issue = result.error.issues[0]!;
  return { ok: false, param: paramOf(issue.path), message: describe(issue.path, issue.message) };
}

/** Where a front-matter field came from in the input: `sources.0.url` → `source.url`. */
function paramOf(path: PropertyKey[]): string {
  const [field, , ...rest] = path.map(String);
  if (field === 'sources') return ['source', ...rest].join('.') || 'source';
  if (field === 'corrections') return path.map(String).join('.');
  if (field === 'id') return 'facts.date';
  return ['facts', ...path.map(String)].join('.');
}

function describe(path: PropertyKey[], message: string): string {
  if (path[0] === 'sources' && path.length === 1)
    return 'is required: the document’s source URL and publisher';
  if (message.startsWith('Invalid input: expected') && message.endsWith('received undefined'))
    return 'is required';
  return message;
}

function defined<K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, V>);
}
