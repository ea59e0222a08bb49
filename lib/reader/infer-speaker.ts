import type { Country, Person, Speaker } from '../types';
import { createJapaneseSpeakerReader, isJapaneseNarration } from './infer-japanese-speaker';
import { isJapanese } from './is-japanese';

const JOINT_SUBJECT =
  /^(?:the |both )(?:two |four |three )?(?:ministers|leaders|sides|governments|countries|secretaries|delegations|heads of state)\b|^both (?:ministers|leaders|sides)\b|^we\b|^(?:japan and the united states|the united states and japan|the u\.s\. and japan|japan and the u\.s\.)\b/i;

/** Verbs of narration: the sentence reports that a meeting happened, nobody states a position. */
const NARRATION =
  /^(?:held|hold|holds|met|meets|hosted|hosts|spoke|talked|visited|attended|joined|gathered|signed|exchanged|began|opened|convened|lasted|took place|was held|were held|(?:is|are|reads) as follows)\b/i;

/** A visitor received: "welcomed President Biden to Tokyo", but not "welcomed President Biden’s plan". */
const RECEPTION =
  /^(?:[Rr]eceived|[Ww]elcomed|[Gg]reeted) (?:the )?(?:U\.S\. |Japanese )?(?:President|Prime Minister|Secretary|Minister|Ambassador|Governor)\b(?=((?:\s+[A-Z][\w.]*)*))\1(?![’'])/;

/** A position taken after the narration: "held the first meeting ... and committed to ...". */
const POSITION_AFTER =
  /\band (?:also )?(?:agreed|committed|confirmed|reaffirmed|affirmed|condemned|stressed|underscored|concurred|decided|pledged)\b/i;

/** A clause with a subject of its own after one that names none: "..., and the two ministers ...". */
const NEXT_CLAUSE = /,\s+(?:and|but|while)\s+(?=\S)/;

/** A pronoun: the speaker is whoever spoke last ("He also ..."). */
const BACK_REFERENCE = /^(?:he|she|they)$/i;

const JAPAN_TITLES =
  /\b(?:prime minister|chief cabinet secretary|minister|governor|japanese|japan(?:’s)? (?:side|government|delegation))\b|^japan$/i;
const US_TITLES =
  /\b(?:secretary|president|ambassador|american)\b|\bu\.s\.(?!\w)|^(?:the )?united states$/i;

/** Leading phrases that do not name the subject: "Furthermore,", "On May 4,", "In addition,". */
const LEAD_IN =
  /^(?:(?:furthermore|moreover|in addition|additionally|also|finally|lastly|further|then|meanwhile|in this regard|in this context|regarding [^,]{1,60}|concerning [^,]{1,60}|as for [^,]{1,60}|with (?:regard|respect) to [^,]{1,60}|on [^,]{1,40}|at [^,]{1,60}|during [^,]{1,60}|in [^,]{1,40}),\s+)+/i;

/**
 * The noun phrase a sentence opens with, and the word after it: "Secretary of Defense Lloyd J.
 * Austin III" then "hosted"; "Secretary" then "also expressed".
 */
export function splitSubject(sentence: string): { subject: string; rest: string } {
  const text = sentence.replace(/^[“"‘'(]+/, '').replace(LEAD_IN, '');
  const words = text.split(/\s+/);
  let end = 0;
  while (end < words.length && isSubjectWord(words[end]!, end)) end += 1;
  return {
    subject: words
      .slice(0, end)
      .join(' ')
      .replace(/[,;:]$/, ''),
    rest: words.slice(end).join(' '),
  };
}

function isSubjectWord(word: string, index: number): boolean {
  if (/^(?:of|and|for|on|to|in)$/.test(word)) return index > 0;
  if (/^the$/i.test(word)) return true;
  if (/^(?:also|further|then|all)$/i.test(word)) return false;
  return /^[\p{Lu}\d]/u.test(word) || (index === 0 && /^(?:he|she|they|both)$/i.test(word));
}

/**
 * The countries a subject names, by the people it names and then by their titles; "I" is the
 * `author`'s country where the document says who wrote it.
 */
export function inferSubjectCountries(
  subject: string,
  people: Person[],
  author: Speaker | null = null,
): Set<Country> {
  const countries = new Set<Country>();
  const parts = subject.split(/\s+and\s+|,\s*/);
  for (const part of parts) {
    const words = part.split(/[\s’']+/);
    const person = people.find((p) => words.includes(p.surname));
    if (part === 'I') {
      for (const side of sidesOf(author)) countries.add(side);
    } else if (person) countries.add(person.country);
    else if (JAPAN_TITLES.test(part)) countries.add('japan');
    else if (US_TITLES.test(part)) countries.add('us');
  }
  return countries;
}

/**
 * Whether a sentence reports that a meeting happened ("Minister X held a meeting with ...") or
 * introduces the text ("The statement reads as follows.").
 */
export function isNarration(sentence: string): boolean {
  if (isJapanese(sentence)) return isJapaneseNarration(sentence);
  if (/\bas follows[.:]?$/i.test(sentence)) return true;
  const { rest } = splitSubject(sentence);
  return (NARRATION.test(rest) || RECEPTION.test(rest)) && !POSITION_AFTER.test(rest);
}

function sidesOf(author: Speaker | null): Country[] {
  if (author === 'joint') return ['japan', 'us'];
  return author ? [author] : [];
}

/**
 * Who speaks a sentence: `joint` for both sides together ("The Ministers", "We", "Japan and the
 * United States", a Japanese and an American named together), `japan` or `us` by the person or
 * title that opens it (a bare title too: "Secretary also" is the U.S.; "I" is the `author`'s side),
 * the previous speaker for "He also", the subject of a later clause where the first names nobody
 * ("China ..., and the two ministers expressed ..."), and `other` for narration or a sentence with
 * no speaker, except in a text both sides wrote (`author` joint), which says it together.
 */
export function inferSpeaker(
  sentence: string,
  people: Person[],
  previous: Speaker,
  author: Speaker | null = null,
): Speaker {
  if (isNarration(sentence)) return 'other';
  const { subject, rest } = splitSubject(sentence);
  if (JOINT_SUBJECT.test(subject) || JOINT_SUBJECT.test(`${subject} ${rest}`.trim()))
    return 'joint';
  if (BACK_REFERENCE.test(subject) || (!subject && /^(?:he|she|they)\b/i.test(rest)))
    return previous;
  const countries = inferSubjectCountries(subject, people, author);
  if (countries.has('japan') && countries.has('us')) return 'joint';
  if (countries.size === 1) return [...countries][0] === 'other' ? 'other' : [...countries][0]!;
  const clause = NEXT_CLAUSE.exec(rest);
  if (!countries.size && clause)
    return inferSpeaker(rest.slice(clause.index + clause[0].length), people, previous, author);
  return author === 'joint' ? 'joint' : 'other';
}

/**
 * Speakers for sentences in document order, each able to refer back to the one before; "I" is the
 * `author`'s side, and in a joint statement (`author` joint) a sentence that names no side is both's.
 * Japanese sentences are read as createJapaneseSpeakerReader() reads them.
 */
export function inferSpeakers(
  sentences: string[],
  people: Person[],
  author: Speaker | null = null,
): Speaker[] {
  const speakers: Speaker[] = [];
  const readJapanese = createJapaneseSpeakerReader(people, author);
  for (const sentence of sentences) {
    const previous = speakers.at(-1) ?? 'other';
    speakers.push(
      isJapanese(sentence)
        ? readJapanese(sentence, previous)
        : inferSpeaker(sentence, people, previous, author),
    );
  }
  return speakers;
}
