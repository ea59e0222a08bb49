import 'server-only';
import { eventById } from '@/lib/corpus/corpus-index';
import { loadCorpus } from '@/lib/corpus/load-corpus';
import {
  speakerNameOf,
  type SpeakerWords,
  type SpokenStatement,
} from '@/lib/people/speaker-name-of';
import { SpeakerName } from './speaker-name';

/**
 * A statement's speaker, named from the participants of its event in the corpus (for lists that
 * hold event summaries only: search hits, comparison columns). An unknown event names the side.
 * `words` are the page language's (English by default).
 */
export function StatementSpeaker({
  statement,
  eventId,
  words,
}: {
  statement: SpokenStatement;
  eventId: string;
  words?: SpeakerWords;
}) {
  const corpus = loadCorpus();
  const participants = eventById(corpus, eventId)?.participants ?? [];
  return <SpeakerName speaker={speakerNameOf(statement, participants, corpus.people, words)} />;
}
