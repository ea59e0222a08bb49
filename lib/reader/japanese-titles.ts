import type { Country } from '../types';

/** An office as Japanese texts write it after a name ("岸防衛大臣", "オースティン米国防長官"). */
export interface JapaneseTitle {
  /** As written. */
  title: string;
  /** The role as the corpus writes it in English. */
  role: string;
  country: Country;
}

/** Offices in the order they are tried: longer ones first, so "官房長官" wins over "長官". */
export const JAPANESE_TITLES: JapaneseTitle[] = [
  { title: '内閣総理大臣', role: 'Prime Minister', country: 'japan' },
  { title: '総理大臣', role: 'Prime Minister', country: 'japan' },
  { title: '総理', role: 'Prime Minister', country: 'japan' },
  { title: '首相', role: 'Prime Minister', country: 'japan' },
  { title: '内閣官房長官', role: 'Chief Cabinet Secretary', country: 'japan' },
  { title: '官房長官', role: 'Chief Cabinet Secretary', country: 'japan' },
  { title: '防衛大臣', role: 'Minister of Defense', country: 'japan' },
  { title: '防衛相', role: 'Minister of Defense', country: 'japan' },
  { title: '外務大臣', role: 'Minister for Foreign Affairs', country: 'japan' },
  { title: '外相', role: 'Minister for Foreign Affairs', country: 'japan' },
  { title: '大臣', role: 'Minister', country: 'japan' },
  { title: '知事', role: 'Governor', country: 'japan' },
  { title: '国防長官', role: 'Secretary of Defense', country: 'us' },
  { title: '国務長官', role: 'Secretary of State', country: 'us' },
  { title: '長官', role: 'Secretary', country: 'us' },
  { title: '大統領', role: 'President', country: 'us' },
  { title: '大使', role: 'Ambassador', country: 'us' },
];

/** The short forms "同" takes ("同長官", "同大臣"): each names the last person of that office. */
export const SHORT_TITLES = [
  '総理',
  '首相',
  '大臣',
  '防衛相',
  '外相',
  '知事',
  '長官',
  '大統領',
  '大使',
];

/** The office a written title is, by its longest known ending. */
export function japaneseTitleOf(written: string): JapaneseTitle | undefined {
  return JAPANESE_TITLES.find(({ title }) => written.endsWith(title));
}
