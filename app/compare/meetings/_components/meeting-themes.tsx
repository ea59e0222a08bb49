import type { CSSProperties } from 'react';
import type { getTranslations } from 'next-intl/server';
import { DiffText, type DiffWords } from '../../_components/diff-text';
import { MeetingStatements } from './meeting-statements';
import type { OneSidedTheme, SharedTheme } from '@/lib/compare/create-meeting-comparison';
import type { Corpus, EventDetail } from '@/lib/types';
import styles from '../meetings.module.css';

/** One meeting of the two, as the sections name it. */
export interface Side {
  event: EventDetail;
  people: Corpus['people'];
  /** The event's short label in the page's language ("Kishi-Austin, Pentagon"). */
  label: string;
  /** "Kishi-Austin, Pentagon, 4 May 2022". */
  name: string;
}

/** The comparison's words in the page's language. */
export interface Words {
  t: Awaited<ReturnType<typeof getTranslations<'compareMeetings'>>>;
  diff: DiffWords;
}

type ThemeOf = (id: string) => { label: string; color: string } | undefined;

/** The themes one meeting raised and the other did not, with its statements on each. */
export function OnlyOneSide({
  id,
  side,
  other,
  raised,
  themeOf,
  words,
}: {
  id: string;
  side: Side;
  other: Side;
  raised: OneSidedTheme[];
  themeOf: ThemeOf;
  words: Words;
}) {
  const { t } = words;
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{t('raisedOnlyAt', { name: side.name })}</h2>
      {raised.length ? (
        <ul className={styles.themeList}>
          {raised.map(({ theme, statements }) => (
            <li key={theme} className={styles.theme} style={themeStyle(themeOf(theme))}>
              <h3>{themeOf(theme)?.label ?? theme}</h3>
              <MeetingStatements
                eventId={side.event.id}
                statements={statements}
                participants={side.event.participants}
                people={side.people}
                label={t('statementsOn', {
                  theme: themeOf(theme)?.label ?? theme,
                  name: side.name,
                })}
              />
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t('noneOnly', { other: other.name })}</p>
      )}
    </section>
  );
}

/** A theme both meetings raised: each one's statements, then the words changed from a to b. */
export function SharedThemeItem({
  shared,
  sides,
  themeOf,
  words,
}: {
  shared: SharedTheme;
  sides: { a: Side; b: Side };
  themeOf: ThemeOf;
  words: Words;
}) {
  const { t } = words;
  const label = themeOf(shared.theme)?.label ?? shared.theme;
  const changes = t('changesLabel', { theme: label, a: sides.a.label, b: sides.b.label });
  return (
    <li className={styles.theme} style={themeStyle(themeOf(shared.theme))}>
      <h3>{label}</h3>
      <div className={styles.pair}>
        {(['a', 'b'] as const).map((key) => (
          <div key={key}>
            <h4>{sides[key].name}</h4>
            <MeetingStatements
              eventId={sides[key].event.id}
              statements={shared[key]}
              participants={sides[key].event.participants}
              people={sides[key].people}
              label={t('statementsOn', { theme: label, name: sides[key].name })}
            />
          </div>
        ))}
      </div>
      <section className="compare-changes" aria-label={changes}>
        <h4>{t('changesHeading', { a: sides.a.label, b: sides.b.label })}</h4>
        <DiffText parts={shared.parts} words={words.diff} lang="en" />
      </section>
    </li>
  );
}

function themeStyle(theme: { color: string } | undefined): CSSProperties {
  return { '--theme-color': theme?.color } as CSSProperties;
}
