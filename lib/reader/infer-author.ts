import type { Country, Person, Speaker } from '../types';
import { inferSubjectCountries } from './infer-speaker';

/** Publishers that speak for the U.S. side; checked first, as an embassy names both countries. */
const US_PUBLISHER =
  /^(?:the )?(?:u\.s\.|united states|white house|department of|pentagon|office of the spokesperson)/i;
const JAPAN_PUBLISHER =
  /japan|kantei|prime minister[’']s office|^ministry of|^(?:防衛省|外務省|首相官邸|内閣)/i;

/**
 * Who wrote a document: `joint` for a joint statement, else the side of the person a title says it
 * is by ("Remarks by Prime Minister Ishiba on ..."), else the side of its publisher ("Prime
 * Minister’s Office of Japan", "The White House"). Null where none says.
 */
export function inferAuthor(
  title: string,
  publisher: string | null,
  people: Person[],
): Speaker | null {
  if (/\bjoint\b.*\bstatement\b|共同(?:発表|声明)/i.test(title)) return 'joint';
  const by = /\bby (.+?)(?: (?:on|at|after|following|in|to|for|regarding)\b|$)/.exec(title);
  const countries = by ? inferSubjectCountries(by[1]!, people) : new Set<Country>();
  if (countries.size === 1) return [...countries][0]!;
  if (!publisher) return null;
  if (US_PUBLISHER.test(publisher)) return 'us';
  return JAPAN_PUBLISHER.test(publisher) ? 'japan' : null;
}
