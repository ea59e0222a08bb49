// npx tsx bench/search-ja.mts: how many of the statements a person expects each Japanese query of
// tests/fixtures/search-ja.json to find are found (recall), and how many found are expected
// (precision), by the two ways of splitting Japanese that a search could take: the ICU word
// segmenter (a query's words must be whole words of the text) and character pairs (the query is
// found anywhere, as createWordsFinder() does on the index's candidates).
import fixture from '../tests/fixtures/search-ja.json' with { type: 'json' };
import { createWordsFinder } from '../lib/search/find-words.ts';
import { japaneseWordsOf } from '../lib/text/japanese-segmenter.ts';

const isSegmenterMatch = (q: string, text: string) => {
  const query = japaneseWordsOf(q);
  const words = japaneseWordsOf(text);
  return words.some((_, at) => query.every((word, offset) => words[at + offset] === word));
};
const isPairsMatch = (q: string, text: string) => createWordsFinder(q)!(text) !== null;

for (const [name, isMatch] of [
  ['segmenter words', isSegmenterMatch],
  ['character pairs', isPairsMatch],
] as const) {
  const missed: string[] = [];
  const extra: string[] = [];
  let found = 0;
  for (const { q, expected } of fixture.queries)
    for (const { id, text } of fixture.statements) {
      const hit = isMatch(q, text);
      if (hit && expected.includes(id)) found++;
      else if (hit) extra.push(`${q} ${id}`);
      else if (expected.includes(id)) missed.push(`${q} ${id}`);
    }
  const recall = found / (found + missed.length);
  const precision = found / (found + extra.length);
  console.log(
    `${name}: recall ${recall.toFixed(2)} (${found}/${found + missed.length}), precision ${precision.toFixed(2)}; missed: ${missed.join(', ') || 'none'}; extra: ${extra.join(', ') || 'none'}`,
  );
}
