import { formatDateIn } from '@/lib/dates/format-date-in';
import { speakerNameOf } from '@/lib/people/speaker-name-of';
import { fillIn } from '@/lib/text/fill-in';
import type { Participant, Person, Statement, ThemeLabel } from '@/lib/types';
import { LocaleLink } from '../_lib/locale-link';
import { textLangOn } from '../_lib/text-lang-on';
import { ENGLISH_EVENT_WORDS, type EventWords } from './event-words';
import { FilledTemplate } from './filled-template';
import { SpeakerName } from './speaker-name';
import { ThemeChips } from './theme-chips';
import { isOnTheme } from '@/lib/corpus/is-on-theme';
import { findTheme } from '@/lib/corpus/find-theme';
import { themeLabelIn } from '@/lib/corpus/words-in';

interface StatementListProps {
  statements: Statement[];
  themes: ThemeLabel[];
  /** The event's participants, to name each statement's speaker. */
  participants: readonly Participant[];
  /**
   * people.json, whose surnames win over those read off participants' names; by default the
   * words' people (none in English).
   */
  people?: readonly Person[];
  /** Title (in the page's language where known) and date of each event the statements refer to. */
  referenced: Record<string, { title: string; date: string }>;
  /** Where given, a reference is a button calling this (e.g. to select the event on the timeline). */
  onReference?: (id: string) => void;
  /** A theme whose statements are highlighted. */
  highlightTheme?: string;
  /** Heading level of the section titles. Default 2. */
  headingLevel?: 2 | 3;
  /** The page language's words (English by default). */
  words?: EventWords;
}

/** A document's statements by section, each with its speaker (by name where the event names them), theme chips and references. */
export function StatementList({
  statements,
  themes,
  participants,
  people,
  referenced,
  onReference,
  highlightTheme,
  headingLevel = 2,
  words = ENGLISH_EVENT_WORDS,
}: StatementListProps) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const { locale } = words;
  const t = words.statements;
  // The document's words are in its own language: marked where it is not the page's.
  const langOf = (text: string) => textLangOn(text, locale);
  return groupBySection(statements).map(({ section, items }) => (
    <section
      key={`${section}-${items[0]!.id}`}
      aria-label={section ?? t.introduction}
      lang={section ? langOf(section) : undefined}
    >
      {section && <Heading>{section}</Heading>}
      <ol className="statements">
        {items.map((statement) => (
          <li
            className={
              highlightTheme && isOnTheme(statement, highlightTheme)
                ? 'statement statement-highlighted'
                : 'statement'
            }
            id={statement.id}
            key={statement.id}
          >
            <p lang={langOf(statement.text)}>{statement.text}</p>
            <div className="meta" lang={section && langOf(section) ? locale : undefined}>
              <SpeakerName
                speaker={speakerNameOf(
                  statement,
                  participants,
                  people ?? words.people,
                  words.speakers,
                )}
              />
              <ThemeChips
                ids={statement.themes}
                themes={themes}
                label={t.statementThemes}
                locale={locale}
              />
              <CorrectionNote statement={statement} themes={themes} words={words} />
              {statement.references.map((id) => {
                const target = referenced[id];
                if (!target) return null;
                const name = (
                  <FilledTemplate
                    template={t.reference}
                    slots={{
                      title: <span lang={langOf(target.title)}>{target.title}</span>,
                      date: formatDateIn(target.date, locale),
                    }}
                  />
                );
                const link = onReference ? (
                  <button type="button" className="link-button" onClick={() => onReference(id)}>
                    {name}
                  </button>
                ) : (
                  <LocaleLink href={`/events/${id}`}>{name}</LocaleLink>
                );
                return (
                  <span key={id}>
                    <FilledTemplate template={t.refersTo} slots={{ link }} />
                  </span>
                );
              })}
            </div>
          </li>
        ))}
      </ol>
    </section>
  ));
}

/** Says where a person set a statement's themes or speaker, and what the reader had found. */
function CorrectionNote({
  statement,
  themes,
  words,
}: {
  statement: Statement;
  themes: ThemeLabel[];
  words: EventWords;
}) {
  const { inferred } = statement;
  if (!inferred) return null;
  const t = words.statements;
  const separator = words.locale === 'ja' ? '、' : ', ';
  const labelOf = (id: string) => {
    const theme = findTheme(themes, id);
    return theme ? themeLabelIn(theme, words.locale).text : id;
  };
  const labels = (ids: string[]) => ids.map(labelOf).join(separator) || t.none;
  return (
    <span className="correction-note">
      {inferred.themes && fillIn(t.themesSetBy, { themes: labels(inferred.themes) })}
      {inferred.speaker &&
        fillIn(t.speakerSetBy, { speaker: words.speakers.sides[inferred.speaker] })}
    </span>
  );
}

function groupBySection(statements: Statement[]): { section: string | null; items: Statement[] }[] {
  const groups: { section: string | null; items: Statement[] }[] = [];
  for (const statement of statements) {
    const last = groups.at(-1);
    if (last && last.section === statement.section) last.items.push(statement);
    else groups.push({ section: statement.section, items: [statement] });
  }
  return groups;
}
