import { countWords, MAX_PHRASE_WORDS } from './count-words';

// A quotation in curly (“…”) or straight ("...") double quotes, within one block of text.
const QUOTATION = /“([^“”]*)”|"([^"]*)"/g;

/**
 * What breaks the quoting rule of a summary's body (the project's own words, where only short
 * formula phrases may be quoted): each quotation in “…” or "..." has at most MAX_PHRASE_WORDS
 * words, and no quotation is left open (it would hide a long one). One message per problem,
 * starting "body:", quoting the quotation's first words so that it can be found.
 */
export function findQuotationProblems(body: string): string[] {
  return body.split(/\r?\n\s*\r?\n/).flatMap(findBlockProblems);
}

function findBlockProblems(block: string): string[] {
  const problems: string[] = [];
  for (const match of block.matchAll(QUOTATION)) {
    const quoted = match[1] ?? match[2] ?? '';
    const words = countWords(quoted);
    if (words > MAX_PHRASE_WORDS)
      problems.push(
        `body: the quotation “${firstWords(quoted)}” has ${words} words; quote at most ${MAX_PHRASE_WORDS} (a formula phrase) and say the rest in the project's own words`,
      );
  }
  const rest = block.replace(QUOTATION, '');
  if (/[“”"]/.test(rest))
    problems.push(
      `body: a quotation mark near “${firstWords(rest.slice(Math.max(0, rest.search(/[“”"]/) - 40)))}” has no partner: close the quotation`,
    );
  return problems;
}

function firstWords(text: string): string {
  const words = text.trim().split(/\s+/);
  return words.length > 6 ? `${words.slice(0, 6).join(' ')}…` : words.join(' ');
}
