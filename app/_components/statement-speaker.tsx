import 'server-only';
import { eventById } from '@/lib/corpus/corpus-index';
import { loadCorpus } from '@/lib/corpus/load-corpus';
import { speakerNameOf, type SpokenStatement } from '@/lib/people/speaker-name-of';
import { SpeakerName } from './speaker-name';

/**
 * A statement's speaker, named from the participants of its event in the corpus (for lists that
 * hold event summaries only: search hits, comparison columns). An unknown event names the side.
 */
export function StatementSpeaker({
  statement,
  eventId,
}: {
  statement: SpokenStatement;
  eventId: string;
}) {
  const corpus = loadCorpus();
  const participants = eventById(corpus, eventId)?.participants ?? [];
  return <SpeakerName speaker={speakerNameOf(statement, participants, corpus.people)} />;
}
