import { addDays, format, parse } from 'date-fns';
import { normalizeForMatching } from '../text/unify-marks';
import { narrowWidth } from '../text/narrow-width';
import { gregorianYear, parseJapaneseDate } from '../dates/parse-japanese-date';
import { isJapanese } from './is-japanese';
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
    pattern: /[“"]?2\s?\+\s?2[”"]?|security consultative committee|安全保障協議委員会/i,
  },
  { kind: 'leaders-summit', pattern: /\bsummit\b|leaders’ (?:meeting|video)|首脳会談/i },
  {
    kind: 'defense-ministerial',
    pattern: /defen[cs]e ministerial|defen[cs]e ministers’ meeting|防衛相会談|防衛大臣会談/i,
  },
  {
    kind: 'telecon',
    pattern: /(?:tele)?phone (?:call|talk|conference)|teleconference|電話会談/i,
  },
];

/** Milestones named by what happened; "the Nth anniversary of ..." names the anniversary instead. */
const MILESTONE_MENTIONS: { pattern: RegExp; title: RegExp }[] = [
  {
    pattern: /(?:reversion of okinawa|okinawa’s reversion)|沖縄の?(?:本土)?(?:復帰|返還)/i,
    title: /reversion/i,
  },
  {
    pattern: /\bsaco\b|special action committee on okinawa|沖縄に関する特別行動委員会/i,
    title: /\bsaco\b|special action committee/i,
  },
  {
    pattern:
      /roadmap for realignment|realignment roadmap|再編(?:実施のための|の)(?:日米の)?ロードマップ/i,
    title: /roadmap/i,
  },
  {
    pattern:
      /(?:signing|signature) of the (?:japan-u\.s\. )?security treaty|security treaty (?:was )?signed in 1960|安(?:全)?保(?:障)?条約の?署名/i,
    title: /treaty/i,
  },
];

const ANNIVERSARY = /\b(\d{1,3})(?:st|nd|rd|th) anniversary of ([^,.;]+)/i;

/** "沖縄復帰50周年", "日米安保条約署名60周年": what is remembered, then the number of years. */
const JAPANESE_ANNIVERSARY = /([^、。「」]{0,20}?)(\d{1,3})周年/;

/** Words of a Japanese anniversary as the English titles of the corpus write them. */
const ANNIVERSARY_WORDS: [RegExp, string][] = [
  [/沖縄/, 'okinawa'],
  [/復帰|返還/, 'reversion'],
  [/安(?:全)?保(?:障)?条約/, 'treaty'],
];

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
  const japanese = isJapanese(sentence);
  const text = japanese
    ? narrowWidth(normalizeForMatching(sentence))
    : normalizeForMatching(sentence);
  const found = new Set<string>();
  const anniversary = japanese ? JAPANESE_ANNIVERSARY.exec(text) : ANNIVERSARY.exec(text);
  const rest = anniversary ? text.replace(anniversary[0], ' ') : text;
  if (anniversary) {
    const [ordinal, words] = japanese
      ? japaneseAnniversary(anniversary)
      : englishAnniversary(anniversary);
    for (const event of events) {
      if (event.kind === 'anniversary' && isAnniversaryOf(event.title, ordinal, words))
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
function isAnniversaryOf(title: string, ordinal: string, words: string[]): boolean {
  const lower = title.toLowerCase();
  return lower.includes(ordinal) && words.some((word) => lower.includes(word));
}

/** The ordinal ("50th") and the words of "the 50th anniversary of Okinawa’s reversion". */
function englishAnniversary(match: RegExpExecArray): [string, string[]] {
  const ordinal = /\d+(?:st|nd|rd|th)/i.exec(match[0])![0].toLowerCase();
  return [ordinal, (match[2] ?? '').toLowerCase().match(/\p{L}{4,}/gu) ?? []];
}

/** The ordinal ("50th") and the English words of "沖縄復帰50周年". */
function japaneseAnniversary(match: RegExpExecArray): [string, string[]] {
  const words = ANNIVERSARY_WORDS.filter(([pattern]) => pattern.test(match[1]!));
  return [ordinalOf(Number(match[2])), words.map(([, word]) => word)];
}

function ordinalOf(n: number): string {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teen ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' }[n % 10] ?? 'th');
  return `${n}${suffix}`;
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
  return isJapanese(text) ? inferJapaneseTimeWindow(narrowWidth(text), documentDate) : null;
}

const JAPANESE_YEAR = String.raw`(?:(令和|平成|昭和)(元|\d{1,2})年|(\d{4})年|(本年|今年|昨年))`;

/**
 * "令和4年1月7日の「2+2」", "2022年1月の「2+2」", "本年1月", "昨年", "前日": the dates a Japanese
 * time expression covers, or null where it names none.
 */
function inferJapaneseTimeWindow(text: string, documentDate: string): TimeWindow | null {
  const day = parseJapaneseDate(text);
  if (day) {
    const year = day.year ?? Number(documentDate.slice(0, 4));
    const date = `${year}-${pad(day.month)}-${pad(day.day)}`;
    return { from: date, to: date };
  }
  const month = new RegExp(`${JAPANESE_YEAR}(\\d{1,2})月`).exec(text);
  if (month) {
    const first = `${yearOf(month, documentDate)}-${pad(Number(month[5]))}-01`;
    return { from: first, to: `${first.slice(0, 8)}31` };
  }
  if (/前日|昨日/.test(text)) {
    const before = isoShift(documentDate, -1);
    return { from: before, to: before };
  }
  const year = new RegExp(JAPANESE_YEAR).exec(text);
  if (!year) return null;
  const whole = yearOf(year, documentDate);
  return { from: `${whole}-01-01`, to: `${whole}-12-31` };
}

/** The Gregorian year of a JAPANESE_YEAR match: an era's, a Gregorian one, or relative to the document. */
function yearOf(match: RegExpExecArray, documentDate: string): number {
  const current = Number(documentDate.slice(0, 4));
  if (match[1]) return gregorianYear(match[1], match[2]!) ?? current;
  if (match[3]) return Number(match[3]);
  return match[4] === '昨年' ? current - 1 : current;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
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
