import { isJapanese } from './is-japanese';
import {
  inferJapaneseDuration,
  inferJapaneseFormat,
  inferJapaneseKind,
  inferJapanesePlace,
  inferJapaneseStart,
} from './infer-japanese-facts';
import type { Format, Kind } from '../types';

/** The kind of meeting its title and first paragraph describe; null where they do not say. */
export function inferKind(text: string): Kind | null {
  if (isJapanese(text)) return inferJapaneseKind(text);
  if (/telephone|phone (?:call|talk)|(?<!video )teleconference|\bcall\b/i.test(text))
    return 'telecon';
  if (/security consultative committee|2\s?\+\s?2/i.test(text))
    return 'security-consultative-committee';
  if (/summit|leaders|prime minister .{0,40}president|president .{0,40}prime minister/i.test(text))
    return 'leaders-summit';
  if (/anniversary/i.test(text)) return 'anniversary';
  if (
    /defen[cs]e minist|minister of defen[cs]e|secretary of defen[cs]e|defen[cs]e secretary/i.test(
      text,
    )
  )
    return 'defense-ministerial';
  if (/\bmilestone|treaty|guidelines|signing|signed|entered into force|reversion\b/i.test(text))
    return 'milestone';
  return null;
}

/** How the meeting was held, from its kind and the words of its first paragraph. */
export function inferFormat(kind: Kind | null, text: string): Format {
  if (isJapanese(text)) return inferJapaneseFormat(kind, text);
  if (kind === 'telecon') return 'phone';
  if (/\bvideo|virtual|online\b/i.test(text)) return 'virtual';
  if (kind === 'anniversary' || kind === 'milestone') return 'ceremony';
  return 'in-person';
}

/** "from 11:10", "at 4:30 p.m.": the local start time, HH:MM. */
export function inferStart(intro: string): { startTime?: string } {
  if (isJapanese(intro)) return inferJapaneseStart(intro);
  const match =
    /\b(?:from|at|starting at|beginning at)\s+(\d{1,2})(?::(\d{2}))?\s*(a\.m\.|p\.m\.|am\b|pm\b)?/i.exec(
      intro,
    );
  if (!match || (!match[2] && !match[3])) return {};
  let hours = Number(match[1]);
  if (/^p/i.test(match[3] ?? '') && hours < 12) hours += 12;
  if (/^a/i.test(match[3] ?? '') && hours === 12) hours = 0;
  if (hours > 23) return {};
  return { startTime: `${String(hours).padStart(2, '0')}:${match[2] ?? '00'}` };
}

const NUMBER_WORDS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3 };

/** "for 75 minutes", "for approximately 30 minutes", "for about an hour", "for one hour and 20 minutes". */
export function inferDuration(intro: string): number | undefined {
  if (isJapanese(intro)) return inferJapaneseDuration(intro);
  const about = '(?:about |approximately |around |roughly |some |nearly )?';
  const minutes = new RegExp(`\\bfor ${about}(\\d+) minutes`, 'i').exec(intro);
  if (minutes) return Number(minutes[1]);
  const hours = new RegExp(
    `\\bfor ${about}(\\d+|an?|one|two|three) hours?(?: and (?:a half|(\\d+) minutes))?`,
    'i',
  ).exec(intro);
  if (!hours) return undefined;
  const whole = NUMBER_WORDS[hours[1]!.toLowerCase()] ?? Number(hours[1]);
  return whole * 60 + (/a half/.test(hours[0]) ? 30 : Number(hours[2] ?? 0));
}

const NOT_PLACES =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Article|The)$/;

/**
 * "at the U.S. Department of Defense", "at the Pentagon", "in Tokyo": where the meeting was, from
 * the sentence that reports it.
 */
export function inferPlace(sentence: string): string | undefined {
  if (isJapanese(sentence)) return inferJapanesePlace(sentence);
  const name = "(?:[A-Z][\\w.’'-]*)(?:\\s+(?:of|and|for|the|[A-Z][\\w.’'-]*))*";
  const patterns = [
    new RegExp(`\\bat the (${name})`),
    new RegExp(`\\bat (${name})`),
    new RegExp(`\\bin (${name})`),
    new RegExp(`\\b(?:visit(?:ed|ing)?|welcomed|received)\\b.{0,80}?\\bto (${name})`),
  ];
  for (const pattern of patterns) {
    const match = pattern.exec(sentence);
    const place = match?.[1]?.replace(/\s+(?:of|and|for|the)$/, '').replace(/\.$/, '');
    if (place && !NOT_PLACES.test(place.split(/\s+/)[0]!)) return place;
  }
  return undefined;
}
