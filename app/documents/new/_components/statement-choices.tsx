'use client';

import { useTranslations } from 'next-intl';
import type { StatementChoice } from '@/lib/documents/create-corrections';
import { SPEAKERS, type Participant, type Statement, type ThemeLabel } from '@/lib/types';
import { speakerNameOf } from '@/lib/people/speaker-name-of';
import { SpeakerName } from '@/app/_components/speaker-name';
import { useSpeakerWords } from '@/app/_lib/use-speaker-words';
import { themeLabelOf } from '@/lib/corpus/find-theme';

interface StatementChoicesProps {
  /** The statements as the reader inferred them. */
  statements: Statement[];
  themes: ThemeLabel[];
  /** A person's choices by statement index; a statement without one keeps the reader's. */
  choices: Record<number, StatementChoice>;
  onChange: (index: number, choice: StatementChoice) => void;
  invalid: string | null;
  /** The document's participants, to name the speaker each side stands for. */
  participants?: readonly Participant[];
}

/** Every statement with its speaker and themes, each open to correction. */
export function StatementChoices({
  statements,
  themes,
  choices,
  onChange,
  invalid,
  participants = [],
}: StatementChoicesProps) {
  const t = useTranslations('addDocument.statements');
  const speakerLabel = useTranslations('speakers');
  const speakerWords = useSpeakerWords();
  const labelOf = (id: string) => themeLabelOf(themes, id);
  return (
    <fieldset className="form-group statement-choices">
      <legend>{t('legend', { count: statements.length })}</legend>
      <p className="muted">{t('help')}</p>
      <ol>
        {statements.map((statement, index) => {
          const choice = choices[index] ?? { themes: statement.themes, speaker: statement.speaker };
          const changed =
            choice.speaker !== statement.speaker ||
            choice.themes.length !== statement.themes.length ||
            choice.themes.some((id) => !statement.themes.includes(id));
          const id = `field-statement-${index + 1}`;
          const toggle = (theme: string) =>
            onChange(index, {
              ...choice,
              themes: choice.themes.includes(theme)
                ? choice.themes.filter((other) => other !== theme)
                : [...choice.themes, theme],
            });
          const opensSection =
            statement.section !== null && statement.section !== statements[index - 1]?.section;
          return (
            <li key={statement.id} id={id} aria-invalid={invalid === id ? true : undefined}>
              {opensSection && (
                <h3 className="statement-section">
                  {t.rich('section', {
                    name: statement.section ?? '',
                    data: (name) => <span lang="en">{name}</span>,
                  })}
                </h3>
              )}
              <p lang="en">{statement.text}</p>
              <div className="statement-choice">
                <label htmlFor={`${id}-speaker`}>{t('speaker', { n: index + 1 })}</label>
                <select
                  id={`${id}-speaker`}
                  value={choice.speaker}
                  onChange={(event) =>
                    onChange(index, {
                      ...choice,
                      speaker: event.target.value as StatementChoice['speaker'],
                    })
                  }
                >
                  {SPEAKERS.map((speaker) => (
                    <option key={speaker} value={speaker}>
                      {speakerLabel(speaker)}
                    </option>
                  ))}
                </select>
                <SpeakerName
                  speaker={speakerNameOf(
                    { ...statement, ...choice },
                    participants,
                    [],
                    speakerWords,
                  )}
                />
                <details>
                  <summary>
                    {t('themes', { n: index + 1 })}{' '}
                    {choice.themes.length ? choice.themes.map(labelOf).join(', ') : t('noThemes')}
                  </summary>
                  <ul className="theme-choices">
                    {themes.map((theme) => (
                      <li key={theme.id}>
                        <label>
                          <input
                            type="checkbox"
                            checked={choice.themes.includes(theme.id)}
                            onChange={() => toggle(theme.id)}
                          />{' '}
                          {theme.label}
                        </label>
                      </li>
                    ))}
                  </ul>
                </details>
                {changed && <span className="badge badge-corrected">{t('corrected')}</span>}
              </div>
            </li>
          );
        })}
      </ol>
    </fieldset>
  );
}
