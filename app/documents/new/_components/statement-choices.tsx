'use client';

import type { StatementChoice } from '@/lib/documents/create-corrections';
import { SPEAKER_LABELS } from '@/lib/corpus/speaker-labels';
import { SPEAKERS, type Participant, type Statement, type ThemeLabel } from '@/lib/types';
import { speakerNameOf } from '@/lib/people/speaker-name-of';
import { SpeakerName } from '@/app/_components/speaker-name';
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
  const labelOf = (id: string) => themeLabelOf(themes, id);
  return (
    <fieldset className="form-group statement-choices">
      <legend>Statements ({statements.length})</legend>
      <p className="muted">
        One sentence each, with the speaker and themes the reader found. Change any that are wrong:
        the reader’s own reading is kept beside yours.
      </p>
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
              {opensSection && <h3 className="statement-section">Section: {statement.section}</h3>}
              <p>{statement.text}</p>
              <div className="statement-choice">
                <label htmlFor={`${id}-speaker`}>Speaker of statement {index + 1}</label>
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
                      {SPEAKER_LABELS[speaker]}
                    </option>
                  ))}
                </select>
                <SpeakerName speaker={speakerNameOf({ ...statement, ...choice }, participants)} />
                <details>
                  <summary>
                    Themes of statement {index + 1}:{' '}
                    {choice.themes.length ? choice.themes.map(labelOf).join(', ') : 'none'}
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
                {changed && <span className="badge badge-corrected">Corrected</span>}
              </div>
            </li>
          );
        })}
      </ol>
    </fieldset>
  );
}
