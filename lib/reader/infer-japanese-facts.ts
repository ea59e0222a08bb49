import type { Format, Kind } from '../types';
import { narrowWidth } from '../text/narrow-width';

/** The kind of meeting a Japanese title and first paragraph describe; null where they do not say. */
export function inferJapaneseKind(text: string): Kind | null {
  const narrow = narrowWidth(text);
  if (/電話(?:会談|会議)|電話で(?:会談|協議)/.test(narrow)) return 'telecon';
  if (/安全保障協議委員会|「?2\s?\+\s?2」?/.test(narrow)) return 'security-consultative-committee';
  if (/首脳|総理.{0,30}大統領|大統領.{0,30}総理/.test(narrow)) return 'leaders-summit';
  if (/周年/.test(narrow)) return 'anniversary';
  if (/防衛相|防衛大臣|国防長官/.test(narrow)) return 'defense-ministerial';
  if (/条約|署名|発効|返還|復帰/.test(narrow)) return 'milestone';
  return null;
}

/** Whether a Japanese title or first paragraph says the meeting was held by video. */
export function isJapaneseVirtual(text: string): boolean {
  return /テレビ(?:会議|会談)|ビデオ(?:会議|会談)|オンライン/.test(text);
}

/** "午前11時10分から", "午後４時から", "正午から": the local start time, HH:MM. */
export function inferJapaneseStart(intro: string): { startTime?: string } {
  if (/正午(?:頃)?から/.test(intro)) return { startTime: '12:00' };
  const match = /(午前|午後)?\s*(\d{1,2})時(?:(\d{1,2})分|(半))?(?:頃)?から/.exec(
    narrowWidth(intro),
  );
  if (!match || (!match[1] && !match[3] && !match[4])) return {};
  let hours = Number(match[2]);
  if (match[1] === '午後' && hours < 12) hours += 12;
  if (hours > 23) return {};
  const minutes = match[4] ? '30' : (match[3] ?? '00').padStart(2, '0');
  return Number(minutes) < 60 ? { startTime: `${String(hours).padStart(2, '0')}:${minutes}` } : {};
}

/** "約75分間", "約1時間", "1時間20分間", "約1時間半": the meeting's length in minutes. */
export function inferJapaneseDuration(intro: string): number | undefined {
  const text = narrowWidth(intro);
  const hours = /(\d{1,2})時間(?:(\d{1,2})分|(半))?間?/.exec(text);
  if (hours && !/時間から/.test(hours[0])) {
    return Number(hours[1]) * 60 + (hours[3] ? 30 : Number(hours[2] ?? 0));
  }
  const minutes = /(\d{1,3})分間/.exec(text);
  return minutes ? Number(minutes[1]) : undefined;
}

/** "米国防省において": where the meeting was, from the sentence that reports it. */
export function inferJapanesePlace(sentence: string): string | undefined {
  const match = /([^、。「」\s]{2,20}?)(?:において|にて)/.exec(sentence);
  return match?.[1]?.replace(/^(?:訪問先の|.*[はがをと])/, '') || undefined;
}

/** The format of a Japanese readout's meeting. */
export function inferJapaneseFormat(kind: Kind | null, text: string): Format {
  if (kind === 'telecon') return 'phone';
  if (isJapaneseVirtual(text)) return 'virtual';
  if (kind === 'anniversary' || kind === 'milestone') return 'ceremony';
  return 'in-person';
}
