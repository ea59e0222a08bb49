import { fillIn } from './fill-in';
import { formatCount } from './format-count';

/** A count's singular and plural templates, each with a `{count}`: "{count} event", "{count} events". */
export interface CountWords {
  one: string;
  other: string;
}

/** "1 event", "12,345 events": the template for the count, the count with thousands separators. */
export function fillCount(words: CountWords, count: number): string {
  return fillIn(count === 1 ? words.one : words.other, { count: formatCount(count) });
}
