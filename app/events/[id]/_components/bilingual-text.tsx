import { getLocale, getTranslations } from 'next-intl/server';
import { LanguagesLink } from '@/app/compare/languages/_components/languages-link';
import { createBilingualView, type AlignedSections } from '@/lib/bilingual/create-bilingual-view';
import type { TextSection } from '@/lib/bilingual/text-section';
import type { EventText } from '@/lib/corpus/event-text';
import { loadEventTexts } from '@/lib/corpus/load-event-texts';
import { themeIdsOf } from '@/lib/corpus/theme-ids-of';
import { formatJapaneseDate, formatJapaneseEraDate } from '@/lib/dates/format-japanese-date';
import type { Corpus, EventDetail, Theme } from '@/lib/types';
import { findTheme } from '@/lib/corpus/find-theme';
import { themeLabelIn } from '@/lib/corpus/words-in';
import styles from './bilingual-text.module.css';

/** Props of BilingualText: the loaded corpus and one of its events. */
export interface BilingualTextProps {
  corpus: Corpus;
  event: EventDetail;
}

/**
 * The event in Japanese beside its English: the facts in Japanese (title, dates), then the two
 * texts side by side, section by section, with what one leaves out marked; where the corpus holds
 * one text only, it says that the other is not in the corpus.
 */
export async function BilingualText({ corpus, event }: BilingualTextProps) {
  const t = await getTranslations('bilingual');
  const { english, japanese } = loadEventTexts(corpus, event);
  return (
    <section className={styles.bilingual} aria-labelledby="bilingual-heading">
      <h2 id="bilingual-heading">{t('heading')}</h2>
      <JapaneseFacts event={event} />
      {english && japanese && <LanguagesLink eventId={event.id} />}
      {english && japanese ? (
        <SideBySide corpus={corpus} english={english} japanese={japanese} />
      ) : (
        <p role="note">{t(english ? 'noJapanese' : 'noEnglish')}</p>
      )}
    </section>
  );
}

/** The event's facts as a Japanese reader writes them: its Japanese title and dates. */
async function JapaneseFacts({ event }: { event: EventDetail }) {
  const t = await getTranslations('bilingual');
  const japanDate = event.japanDate ?? event.date;
  const era = formatJapaneseEraDate(japanDate);
  return (
    <dl className="facts" aria-label={t('factsLabel')}>
      {event.titleJa && (
        <>
          <dt>{t('titleJa')}</dt>
          <dd lang="ja">{event.titleJa}</dd>
        </>
      )}
      <dt>{t('dateJa')}</dt>
      <dd lang="ja">
        {era && `${era}（`}
        {formatJapaneseDate(japanDate)}
        {era && '）'}
        {event.japanDate && `、現地時間${formatJapaneseDate(event.date)}`}
      </dd>
    </dl>
  );
}

async function SideBySide({
  corpus,
  english,
  japanese,
}: {
  corpus: Corpus;
  english: EventText;
  japanese: EventText;
}) {
  const t = await getTranslations('bilingual');
  const locale = await getLocale();
  const view = createBilingualView(english, japanese, themeIdsOf(corpus.themes));
  const name = (ids: string[]) => ids.map((id) => themeName(corpus.themes, id, locale)).join(', ');
  return (
    <>
      {view.onlyJapanese.length > 0 && (
        <p role="note">{t('japaneseAdds', { themes: name(view.onlyJapanese) })}</p>
      )}
      {view.onlyEnglish.length > 0 && (
        <p role="note">{t('englishAdds', { themes: name(view.onlyEnglish) })}</p>
      )}
      <div className={styles.scroll}>
        <table className={styles.table}>
          <caption>{t(view.alignment === 'order' ? 'captionByOrder' : 'captionByThemes')}</caption>
          <thead>
            <tr>
              <th scope="col">
                {t('english')}
                <SourceLinks text={english} />
              </th>
              <th scope="col">
                {t('japanese')}
                <SourceLinks text={japanese} />
              </th>
            </tr>
          </thead>
          <tbody>
            {view.sections.map((pair, index) => (
              <SectionRow key={index} pair={pair} name={name} />
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

async function SectionRow({
  pair,
  name,
}: {
  pair: AlignedSections;
  name: (ids: string[]) => string;
}) {
  const t = await getTranslations('bilingual');
  return (
    <tr>
      <td>
        {pair.english ? (
          <SectionText section={pair.english} lang="en" />
        ) : (
          <p className={styles.missing}>{t('notInEnglish')}</p>
        )}
        {pair.english && pair.onlyEnglish.length > 0 && (
          <p className={styles.onlyHere}>{t('onlyEnglish', { themes: name(pair.onlyEnglish) })}</p>
        )}
      </td>
      <td>
        {pair.japanese ? (
          <SectionText section={pair.japanese} lang="ja" />
        ) : (
          <p className={styles.missing}>{t('notInJapanese')}</p>
        )}
        {pair.japanese && pair.onlyJapanese.length > 0 && (
          <p className={styles.onlyHere}>
            {t('onlyJapanese', { themes: name(pair.onlyJapanese) })}
          </p>
        )}
      </td>
    </tr>
  );
}

function SectionText({ section, lang }: { section: TextSection; lang: string }) {
  return (
    <div lang={lang}>
      {section.title && <h3 className={styles.title}>{section.title}</h3>}
      {section.statements.map((statement) => (
        <p key={statement.id}>{statement.text}</p>
      ))}
    </div>
  );
}

function SourceLinks({ text }: { text: EventText }) {
  return (
    <span className={styles.sources}>
      {text.sources.map((source) => (
        <a key={source.url} href={source.url} lang={source.language}>
          {source.title}
        </a>
      ))}
    </span>
  );
}

/** A theme's label in the page's language (its English where it has no Japanese). */
function themeName(themes: Theme[], id: string, locale: string): string {
  const theme = findTheme(themes, id);
  return theme ? themeLabelIn(theme, locale).text : id;
}
