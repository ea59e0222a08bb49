import { addDays, format, parse } from 'date-fns';
import { normalizeForMatching } from '../text/unify-marks';
import type { Kind } from '../types';

/** What a reference can resolve to: the events of the corpus, as far as the resolver needs them. */
export interface ReferenceTarget {
  id: string;
  kind: Kind;
  title: string;
  date: string;
  japanDate?: string;
}

/** A mention of a kind of meeting, which a time expression nearby pins to one event. */
const MEETING_MENTIONS: { kind: Kind; pattern: RegExp }[] = [
  {
    kind: 'security-consultative-committee',
    pattern: /[“"]?2\s?\+\s?2[”"]?|security consultative committee/i,
  },
  { kind: 'leaders-summit', pattern: /\bsummit\b|leaders’ (?:meeting|video)/i },
  { kind: 'defense-ministerial', pattern: /defen[cs]e ministerial|defen[cs]e ministers’ meeting/i },
  { kind: 'telecon', pattern: /(?:tele)?phone (?:call|talk|conference)|teleconference/i },
];

/** Milestones named by what happened; "the Nth anniversary of ..." names the anniversary instead. */
const MILESTONE_MENTIONS: { pattern: RegExp; title: RegExp }[] = [
  { pattern: /(?:reversion of okinawa|okinawa’s reversion)/i, title: /reversion/i },
  {
    pattern: /\bsaco\b|special action committee on okinawa/i,
    title: /\bsaco\b|special action committee/i,
  },
  { pattern: /roadmap for realignment|realignment roadmap/i, title: /roadmap/i },
  {
    pattern:
      /(?:signing|signature) of the (?:japan-u\.s\. )?security treaty|security treaty (?:was )?signed in 1960/i,
    title: /treaty/i,
  },
];

const ANNIVERSARY = /\b(\d{1,3})(?:st|nd|rd|th) anniversary of ([^,.;]+)/i;

const MONTHS =
  'january|february|march|april|may|june|july|august|september|october|november|december';

/**
 * The corpus events a sentence refers to, as ids: a kind of meeting with a time ("the “2+2” in
 * January 2022", "the summit of May 23, 2022", "the previous day"), an anniversary ("the 50th
 * anniversary of Okinawa’s reversion") or a milestone by name ("the reversion of Okinawa").
 * `documentDate` resolves relative times; `selfId` is never returned.
 */
export function inferReferences(
  sentence: string,
  documentDate: string,
  events: ReferenceTarget[],
  selfId: string,
): string[] {
  const text = normalizeForMatching(sentence);
  const found = new Set<string>();
  const anniversary = ANNIVERSARY.exec(text);
  const rest = anniversary ? text.replace(anniversary[0], ' ') : text;
  if (anniversary) {
    for (const event of events) {
      if (event.kind === 'anniversary' && isAnniversaryOf(event.title, anniversary))
        found.add(event.id);
    }
  }
  for (const mention of MILESTONE_MENTIONS) {
    if (!mention.pattern.test(rest)) continue;
    for (const event of events) {
      if (event.kind === 'milestone' && mention.title.test(event.title)) found.add(event.id);
    }
  }
  const mentions = MEETING_MENTIONS.filter(({ pattern }) => pattern.test(rest));
  const window = mentions.length ? inferTimeWindow(text, documentDate) : null;
  if (window) {
    for (const { kind } of mentions) {
      for (const event of events) {
        if (event.kind === kind && isWithin(event, window)) found.add(event.id);
      }
    }
  }
  found.delete(selfId);
  return [...found];
}

/** "50th Anniversary of the Reversion of Okinawa" for "the 50th anniversary of Okinawa’s reversion". */
function isAnniversaryOf(title: string, match: RegExpExecArray): boolean {
  const lower = title.toLowerCase();
  const ordinal = /\d+(?:st|nd|rd|th)/i.exec(match[0])![0].toLowerCase();
  const words = (match[2] ?? '').toLowerCase().match(/\p{L}{4,}/gu) ?? [];
  return lower.includes(ordinal) && words.some((word) => lower.includes(word));
}

interface TimeWindow {
  from: string;
  to: string;
}

/** The dates a time expression in the sentence covers, or null where it names none. */
export function inferTimeWindow(text: string, documentDate: string): TimeWindow | null {
  const day = new RegExp(`\\b(${MONTHS}) (\\d{1,2}),? (\\d{4})\\b`, 'i').exec(text);
  if (day) {
    const date = isoOf(`${day[1]} ${day[2]} ${day[3]}`, 'MMMM d yyyy');
    return { from: date, to: date };
  }
  const month = new RegExp(`\\b(${MONTHS}),? (\\d{4})\\b`, 'i').exec(text);
  if (month) {
    const first = isoOf(`${month[1]} 1 ${month[2]}`, 'MMMM d yyyy');
    return { from: first, to: `${first.slice(0, 8)}31` };
  }
  if (/\b(?:the previous day|the day before|yesterday)\b/i.test(text)) {
    const before = isoShift(documentDate, -1);
    return { from: before, to: before };
  }
  const year = /\b(?:in|of) (19[5-9]\d|20\d\d)\b/.exec(text);
  if (year) return { from: `${year[1]}-01-01`, to: `${year[1]}-12-31` };
  return null;
}

function isWithin(event: ReferenceTarget, window: TimeWindow): boolean {
  return [event.date, event.japanDate].some(
    (date) => date !== undefined && date >= window.from && date <= window.to,
  );
}

function isoOf(text: string, pattern: string): string {
  return format(parse(text, pattern, new Date(2000, 0, 1)), 'yyyy-MM-dd');
}

function isoShift(date: string, days: number): string {
  return format(addDays(parse(date, 'yyyy-MM-dd', new Date(2000, 0, 1)), days), 'yyyy-MM-dd');
}
