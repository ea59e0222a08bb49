import type { TimelineData } from './create-timeline-data';
import type { Domain } from './domain';
import type { TimelineEvent } from './timeline-events';
import { KINDS, PROVENANCES } from '../types';

const DAY_MS = 86_400_000;
const PARTICIPANT_SEPARATOR = '; ';

/**
 * The timeline's data as the browser receives it: one column per field, in date order, so that
 * 10,000 events come to about half the bytes of one array per event and decode without parsing a
 * date string each. Columns hold an entry per event unless said otherwise.
 */
export interface TimelinePayload {
  bounds: Domain;
  /** Days since 1970-01-01 (UTC) of each event's date, each after the first as the difference from the one before. */
  days: number[];
  /** The id's slug where the id is the date and a slug (`2022-05-04-slug`); else `=` and the whole id. */
  ids: string[];
  titles: string[];
  /** The short label; `""` for none, `=` where it is the title. */
  labels: string[];
  /** One digit per event: the index of its kind in KINDS. */
  kinds: string;
  /** One digit per event: the index of its provenance in PROVENANCES. */
  provenances: string;
  /** Each event's themes as a hexadecimal bit set over the theme list (bit i for theme i), `""` for none. */
  themes: string[];
  /** Only the events that refer to others: `[event, referred, referred...]`, as indices into the events. */
  references: [number, ...number[]][];
  /** Only the events whose date in Japan is another day: `[event, 'YYYY-MM-DD']`. */
  japanDates: [number, string][];
  /** Each event's participants' names, joined by `; `; `""` for none. */
  participants: string[];
}

/** Packs the timeline's data (events in date order); `themeIds` fixes the theme bits. */
export function encodeTimeline(
  { events, bounds }: Pick<TimelineData, 'events' | 'bounds'>,
  themeIds: string[],
): TimelinePayload {
  const themeIndex = new Map(themeIds.map((id, index) => [id, index]));
  const eventIndex = new Map(events.map((event, index) => [event.id, index]));
  let lastDay = 0;
  const payload: TimelinePayload = {
    bounds,
    days: [],
    ids: [],
    titles: [],
    labels: [],
    kinds: '',
    provenances: '',
    themes: [],
    references: [],
    japanDates: [],
    participants: [],
  };
  events.forEach((event, index) => {
    const day = Math.round(event.time / DAY_MS);
    payload.days.push(day - lastDay);
    lastDay = day;
    payload.ids.push(packId(event));
    payload.titles.push(event.title);
    payload.labels.push(
      event.label === undefined ? '' : event.label === event.title ? '=' : event.label,
    );
    payload.kinds += KINDS.indexOf(event.kind);
    payload.provenances += PROVENANCES.indexOf(event.provenance);
    payload.themes.push(packBits(event.themes.map((id) => themeIndex.get(id)!)));
    const references = event.references
      .map((id) => eventIndex.get(id))
      .filter((at) => at !== undefined);
    if (references.length) payload.references.push([index, ...references]);
    if (event.japanDate) payload.japanDates.push([index, event.japanDate]);
    payload.participants.push((event.participants ?? []).join(PARTICIPANT_SEPARATOR));
  });
  return payload;
}

/** The references of the many events without any: one list for them all. */
const NO_REFERENCES: string[] = [];

/**
 * Unpacks what encodeTimeline() packed, with the same theme ids. Events with the same themes share
 * one list of them, as events without references share one empty list: read them, never change them.
 */
export function decodeTimeline(
  payload: TimelinePayload,
  themeIds: string[],
): Pick<TimelineData, 'events' | 'bounds'> {
  const { bounds, days, titles, labels, kinds, provenances, themes } = payload;
  const events: TimelineEvent[] = new Array(days.length);
  // Events share theme sets: each set is unpacked once and its list shared by its events.
  const themeSets = new Map<string, string[]>();
  const themesOf = (hex: string) => {
    let found = themeSets.get(hex);
    if (found === undefined) {
      found = unpackBits(hex).map((bit) => themeIds[bit]!);
      themeSets.set(hex, found);
    }
    return found;
  };
  let day = 0;
  let date = '';
  for (let index = 0; index < days.length; index += 1) {
    // Many events share a day with the one before: its date string is reused.
    if (days[index] || !index) date = dateOfDay((day += days[index]!));
    const time = day * DAY_MS;
    const title = titles[index]!;
    const label = labels[index]!;
    const event: TimelineEvent = {
      id: unpackId(payload.ids[index]!, date),
      title,
      kind: KINDS[kinds.charCodeAt(index) - 48]!,
      date,
      time,
      themes: themesOf(themes[index]!),
      provenance: PROVENANCES[provenances.charCodeAt(index) - 48]!,
      references: NO_REFERENCES,
    };
    if (label) event.label = label === '=' ? title : label;
    // Payloads from before the column was added have none.
    const participants = payload.participants?.[index];
    if (participants) event.participants = participants.split(PARTICIPANT_SEPARATOR);
    events[index] = event;
  }
  for (const [index, ...referred] of payload.references)
    events[index]!.references = referred.map((at) => events[at]!.id);
  for (const [index, japanDate] of payload.japanDates) events[index]!.japanDate = japanDate;
  return { bounds, events };
}

/** `YYYY-MM-DD` of a day counted from 1970-01-01, by integer arithmetic (days to civil date). */
function dateOfDay(day: number): string {
  const shifted = day + 719_468;
  const era = Math.floor(shifted / 146_097);
  const dayOfEra = shifted - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36_524) -
      Math.floor(dayOfEra / 146_096)) /
      365,
  );
  const dayOfYear =
    dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthIndex = Math.floor((5 * dayOfYear + 2) / 153);
  const dayOfMonth = dayOfYear - Math.floor((153 * monthIndex + 2) / 5) + 1;
  const month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(dayOfMonth).padStart(2, '0')}`;
}

function packId({ id, date }: TimelineEvent): string {
  return id.startsWith(`${date}-`) ? id.slice(date.length + 1) : `=${id}`;
}

function unpackId(packed: string, date: string): string {
  return packed.startsWith('=') ? packed.slice(1) : `${date}-${packed}`;
}

/** Bit positions as hexadecimal, lowest four bits last: [0, 5] → "21". */
function packBits(positions: number[]): string {
  if (!positions.length) return '';
  const nibbles = new Array<number>(Math.floor(Math.max(...positions) / 4) + 1).fill(0);
  for (const position of positions) nibbles[position >> 2]! |= 1 << (position & 3);
  return nibbles
    .reverse()
    .map((nibble) => nibble.toString(16))
    .join('');
}

/** The bit positions set in what packBits() wrote, ascending. */
function unpackBits(hex: string): number[] {
  const positions: number[] = [];
  for (let digit = hex.length - 1, base = 0; digit >= 0; digit -= 1, base += 4) {
    const nibble = parseInt(hex[digit]!, 16);
    for (let bit = 0; bit < 4; bit += 1) if (nibble & (1 << bit)) positions.push(base + bit);
  }
  return positions;
}
