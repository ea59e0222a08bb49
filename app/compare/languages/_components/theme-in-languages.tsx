import type { CSSProperties } from 'react';
import { useTranslations } from 'next-intl';
import { SpeakerName } from '@/app/_components/speaker-name';
import { LocaleLink } from '@/app/_lib/locale-link';
import { useSpeakerWords } from '@/app/_lib/use-speaker-words';
import type { ThemeInLanguages, ThemeRow } from '@/lib/compare/create-language-comparison';
import { speakerNameOf } from '@/lib/people/speaker-name-of';
import type { EventDetail, Person, Statement } from '@/lib/types';
import styles from '../languages.module.css';

interface ThemeInLanguagesItemProps {
  item: ThemeInLanguages;
  /** The theme's label in the page's language. */
  label: string;
  /** The theme's colour, for the rule beside it. */
  color?: string;
  /** The meeting, to name its speakers and link to its statements. */
  event: EventDetail;
  people: readonly Person[];
}

/**
 * One theme of a meeting in its two languages: whether both texts raise it or one only, then a
 * table of the aligned sections that speak of it, the English statements beside the Japanese.
 */
export function ThemeInLanguagesItem({
  item,
  label,
  color,
  event,
  people,
}: ThemeInLanguagesItemProps) {
  const t = useTranslations('compareLanguages');
  const headingId = `theme-${item.theme}`;
  return (
    <li
      className={styles.theme}
      data-raised-in={item.raisedIn}
      style={{ '--theme-color': color } as CSSProperties}
    >
      <section aria-labelledby={headingId}>
        <h2 id={headingId}>{label}</h2>
        <p className={item.raisedIn === 'both' ? 'muted' : styles.onlyOne}>
          {t('raisedIn', { raisedIn: item.raisedIn })}
        </p>
        <div className={styles.scroll}>
          <table className={styles.table}>
            <caption className="visually-hidden">{t('caption', { theme: label })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('english')}</th>
                <th scope="col">{t('japanese')}</th>
              </tr>
            </thead>
            <tbody>
              {item.rows.map((row, index) => (
                <Row key={index} row={row} event={event} people={people} />
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </li>
  );
}

function Row({
  row,
  event,
  people,
}: {
  row: ThemeRow;
  event: EventDetail;
  people: readonly Person[];
}) {
  const t = useTranslations('compareLanguages');
  return (
    <tr>
      {(
        [
          ['en', row.englishSection, row.english],
          ['ja', row.japaneseSection, row.japanese],
        ] as const
      ).map(([lang, section, statements]) => (
        // On a phone the cells stack, each headed by its language (data-label).
        <td key={lang} data-label={t(lang === 'en' ? 'english' : 'japanese')}>
          <Cell
            lang={lang}
            section={section}
            statements={statements}
            event={event}
            people={people}
          />
        </td>
      ))}
    </tr>
  );
}

function Cell({
  lang,
  section,
  statements,
  event,
  people,
}: {
  lang: 'en' | 'ja';
  section: string | null;
  statements: Statement[];
  event: EventDetail;
  people: readonly Person[];
}) {
  const t = useTranslations('compareLanguages');
  const speakerWords = useSpeakerWords();
  if (!statements.length) return <p className={styles.nothing}>{t('nothing')}</p>;
  return (
    <>
      <p className={styles.section}>
        {section === null ? t('opening') : <span lang={lang}>{section}</span>}
      </p>
      <ul className={styles.statements}>
        {statements.map((statement) => (
          <li key={statement.id}>
            <SpeakerName
              speaker={speakerNameOf(statement, event.participants, people, speakerWords)}
            />{' '}
            {lang === 'en' ? (
              <LocaleLink
                className="statement-link"
                href={`/events/${event.id}#${statement.id}`}
                lang="en"
              >
                {statement.text}
              </LocaleLink>
            ) : (
              <span lang="ja">{statement.text}</span>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
