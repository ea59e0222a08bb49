import type { Country, Person, Speaker } from '../types';
import { findJapaneseMentions } from './find-japanese-mentions';
import { SHORT_TITLES, japaneseTitleOf } from './japanese-titles';

/** Phrases a sentence may open with before its subject: "また、", "その上で、", "冒頭、". */
const LEAD_IN =
  /^(?:(?:また|さらに|更に|その上で|加えて|次に|最後に|冒頭|その後|これに対し(?:て)?|引き続き|併せて|同時に)[、,]\s*)+/;

/** The subject a sentence opens with, up to its particle: "岸大臣から、", "両大臣は、", "米国は、". */
const OPENING_SUBJECT = /^([^、。「」（）()]{1,24}?)(?:からは|から|より|は|が|も)/;

/** A later clause's subject, set off by commas: "…述べ、同長官は、…". */
const CLAUSE_SUBJECT = /、([^、。「」（）()]{1,24}?)(?:からは|から|より|は)、?/g;

/** Both sides together: "両大臣", "両首脳", "閣僚", "日米両国", "双方". */
const JOINT = /^(?:両|双方|閣僚|[2-4２-４二三四]閣僚|我々|日米(?:両国|両政府|双方|の閣僚)?$)/;

const JAPAN_WORDS = /総理|首相|大臣|防衛相|外相|知事|^日本|我が国/;
const US_WORDS = /長官|大統領|大使|^米|アメリカ/;

/** Sentences that report the meeting or introduce the summary, not a position. */
const NARRATION =
  /以下のとおり|次のとおり|(?:会談|電話会談|会合|会議|協議|意見交換|ワーキング・ランチ)(?:を|が)(?:行|実施|開催)|開催され|開催しました|開催した|行われ(?:ました|た)/;

/** A position taken after the narration: "会談を行い、…で一致しました". */
const POSITION = /で一致|を(?:再)?確認|を非難|を表明|を歓迎|を強調|と述べ|を伝え/;

/** Whether a Japanese sentence reports that a meeting happened or introduces the summary. */
export function isJapaneseNarration(sentence: string): boolean {
  const match = NARRATION.exec(sentence);
  return match !== null && !POSITION.test(sentence.slice(match.index + match[0].length));
}

/** Reads who speaks each Japanese sentence of one document, in order. */
export type JapaneseSpeakerReader = (sentence: string, previous: Speaker) => Speaker;

/**
 * A reader of speakers for the Japanese sentences of one document, in document order. A sentence's
 * speaker is its subject's: `joint` for "両大臣", "両首脳", "閣僚"; a person of the registry by their
 * Japanese name ("岸大臣から"); an office ("総理", "米国"); "同長官" and "同大臣" for the last person of
 * that office the text named; "当方" and "先方" the author's side and the other; `other` for narration. A sentence that names no subject continues
 * the previous speaker, or, in a text both sides wrote (`author` joint), is both's.
 */
export function createJapaneseSpeakerReader(
  people: Person[],
  author: Speaker | null = null,
): JapaneseSpeakerReader {
  const lastOfTitle = new Map<string, Country>();
  return (sentence, previous) => {
    const speaker = readSpeaker(sentence, previous);
    for (const { person, title } of findJapaneseMentions(sentence, people)) {
      for (const short of SHORT_TITLES) {
        if (title.title.endsWith(short)) lastOfTitle.set(short, person.country);
      }
    }
    return speaker;
  };

  function readSpeaker(sentence: string, previous: Speaker): Speaker {
    if (isJapaneseNarration(sentence)) return 'other';
    const text = sentence.replace(/^[「『（(]+/, '').replace(LEAD_IN, '');
    const subjects = [
      OPENING_SUBJECT.exec(text)?.[1],
      ...[...text.matchAll(CLAUSE_SUBJECT)].map((match) => match[1]),
    ].filter((subject): subject is string => Boolean(subject));
    for (const subject of subjects) {
      const speaker = speakerOf(subject.trim());
      if (speaker) return speaker;
    }
    return author === 'joint' ? 'joint' : previous;
  }

  function speakerOf(subject: string): Speaker | null {
    if (JOINT.test(subject)) return 'joint';
    const side = sideOf(subject);
    if (side) return side;
    const same = /^同(.+)$/.exec(subject)?.[1];
    if (same) {
      const short = SHORT_TITLES.find((title) => same.endsWith(title));
      const country = short ? lastOfTitle.get(short) : undefined;
      return country ?? japaneseTitleOf(same)?.country ?? null;
    }
    const mention = findJapaneseMentions(subject, people)[0];
    if (mention) return mention.person.country;
    const named = people.find((person) => person.surnameJa && subject.startsWith(person.surnameJa));
    if (named) return named.country;
    if (JAPAN_WORDS.test(subject) && !/^米/.test(subject)) return 'japan';
    if (US_WORDS.test(subject)) return 'us';
    return null;
  }

  /** "当方" is the author's side and "先方" the other, where one side wrote the text. */
  function sideOf(subject: string): Speaker | null {
    if (author !== 'japan' && author !== 'us') return null;
    if (/^(?:当方|我が方)$/.test(subject)) return author;
    return subject === '先方' ? (author === 'japan' ? 'us' : 'japan') : null;
  }
}
