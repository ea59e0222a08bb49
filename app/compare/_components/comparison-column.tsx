import { useLocale, useTranslations } from 'next-intl';
import { LocaleLink } from '@/app/_lib/locale-link';
import { useSpeakerWords } from '@/app/_lib/use-speaker-words';
import { NewsOnlyBadge, ProvenanceBadge } from '@/app/_components/provenance-badge';
import type { ComparisonChange, ComparisonColumn as Column } from '@/lib/compare/create-comparison';
import type { CompareView } from '@/lib/compare/create-compare-url';
import { createLanguageCompareUrl } from '@/lib/compare/create-language-compare-url';
import { hasJapaneseText } from '@/lib/compare/has-japanese-text';
import { formatDateIn } from '@/lib/dates/format-date-in';
import { eventLabelIn, eventTitleIn } from '@/lib/corpus/words-in';
import { isNewsOnly } from '@/lib/corpus/is-news-only';
import { inferLanguage } from '@/lib/reader/is-japanese';
import { StatementSpeaker } from '@/app/_components/statement-speaker';
import type { EventSummary } from '@/lib/types';
import { DiffText } from './diff-text';
import { SummaryNote } from './summary-note';

interface ComparisonColumnProps {
  column: Column;
  /** The change into this column; absent for the first column and for the baseline. */
  change?: ComparisonChange;
  /** The event the change is from. */
  from?: EventSummary;
  isBaseline: boolean;
  /** Side by side shows the statements and then the changes; inline shows the redline alone. */
  view: CompareView;
  /** The corpus folder, to offer the comparison of an event's two languages where it has both. */
  corpusDir: string;
}

/**
 * One event of a comparison: its header (date, title, kind and label, provenance, marked where its
 * sources are all news reports), its statements on the theme, and what changed. Worded in the
 * page's language; the statements are in their own.
 */
export function ComparisonColumn({
  column,
  change,
  from,
  isBaseline,
  view,
  corpusDir,
}: ComparisonColumnProps) {
  const t = useTranslations('compare.column');
  const kinds = useTranslations('kinds');
  const provenance = useTranslations('provenance');
  const locale = useLocale();
  const { event } = column;
  const headingId = `column-${event.id}`;
  const title = eventTitleIn(event, locale);
  const label = eventLabelIn(event, locale);
  return (
    <li className="compare-column">
      <article aria-labelledby={headingId}>
        <header>
          <time dateTime={event.date}>{formatDateIn(event.date, locale)}</time>
          <h2 id={headingId}>
            <LocaleLink href={`/events/${event.id}`} lang={langOnPage(title.lang, locale)}>
              {title.text}
            </LocaleLink>
          </h2>
          <p className="muted">
            {kinds(event.kind)} · <span lang={langOnPage(label.lang, locale)}>{label.text}</span>{' '}
            <ProvenanceBadge provenance={event.provenance} label={provenance(event.provenance)} />
            {isNewsOnly(event) && (
              <>
                {' '}
                <NewsOnlyBadge label={t('newsOnly')} />
              </>
            )}
            {isBaseline && <strong className="baseline-mark"> {t('baseline')}</strong>}
          </p>
          {hasJapaneseText(corpusDir, event.id) && (
            <p>
              <LocaleLink href={createLanguageCompareUrl(event.id)}>{t('languages')}</LocaleLink>
            </p>
          )}
        </header>
        {(view === 'side-by-side' || !change) && <Statements column={column} />}
        {change && from && <Changes change={change} from={from} to={event} />}
      </article>
    </li>
  );
}

/** `lang` for words in `lang` on a page in `locale`: set only where they differ. */
function langOnPage(lang: string, locale: string): string | undefined {
  return lang === locale ? undefined : lang;
}

function Statements({ column }: { column: Column }) {
  const t = useTranslations('compare.column');
  const locale = useLocale();
  const speakerWords = useSpeakerWords();
  if (!column.statements.length) return <p className="muted">{t('noStatements')}</p>;
  return (
    <ol
      className="compare-statements"
      aria-label={t('statements', { date: formatDateIn(column.event.date, locale) })}
    >
      {column.statements.map((statement) => (
        <li key={statement.id}>
          <StatementSpeaker statement={statement} eventId={column.event.id} words={speakerWords} />{' '}
          <LocaleLink
            className="statement-link"
            href={`/events/${column.event.id}#${statement.id}`}
            lang={langOnPage(inferLanguage(statement.text), locale)}
          >
            {statement.text}
          </LocaleLink>
        </li>
      ))}
    </ol>
  );
}

function Changes({
  change,
  from,
  to,
}: {
  change: ComparisonChange;
  from: EventSummary;
  to: EventSummary;
}) {
  const t = useTranslations('compare.column');
  const diff = useTranslations('diff');
  const locale = useLocale();
  const label = t('changesFrom', { date: formatDateIn(from.date, locale) });
  const text = change.parts.map((part) => part.value).join('');
  return (
    <section className="compare-changes" aria-label={label}>
      <h3>{label}</h3>
      <SummaryNote from={from} to={to} />
      <DiffText
        parts={change.parts}
        words={{ added: diff('added'), removed: diff('removed'), end: diff('end') }}
        lang={langOnPage(inferLanguage(text), locale)}
      />
    </section>
  );
}
