import { useLocale, useTranslations } from 'next-intl';
import type { ComparisonColumn } from '@/lib/compare/create-comparison';
import type { PhraseUsage } from '@/lib/compare/create-phrase-usage';
import { findPhraseVariantsOfEvent } from '@/lib/compare/find-phrase-variants-of-event';
import { formatDateIn } from '@/lib/dates/format-date-in';
import { eventTitleIn } from '@/lib/corpus/words-in';
import { inferLanguage } from '@/lib/reader/is-japanese';

/**
 * Which variant of each formula phrase each event used, marking the corpus's first use of each.
 * Phrase labels and variants are the corpus's words, marked with their language where it is not
 * the page's.
 */
export function PhraseTable({
  phrases,
  columns,
}: {
  phrases: PhraseUsage[];
  columns: ComparisonColumn[];
}) {
  const t = useTranslations('compare.phrases');
  const locale = useLocale();
  if (!phrases.length) return null;
  return (
    <section aria-labelledby="phrases-heading">
      <h2 id="phrases-heading">{t('heading')}</h2>
      <p id="phrases-note">{t('note')}</p>
      <div className="table-scroll" role="region" aria-label={t('region')} tabIndex={0}>
        <table className="phrase-table" aria-describedby="phrases-note">
          <caption className="visually-hidden">{t('caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('meeting')}</th>
              {phrases.map((phrase) => (
                <th key={phrase.id} scope="col" lang={langOnPage(phrase.label, locale)}>
                  {phrase.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {columns.map(({ event }) => {
              const title = eventTitleIn(event, locale);
              return (
                <tr key={event.id}>
                  <th scope="row">
                    <time dateTime={event.date}>{formatDateIn(event.date, locale)}</time>{' '}
                    <span className="muted" lang={title.lang === locale ? undefined : title.lang}>
                      {title.text}
                    </span>
                  </th>
                  {phrases.map((phrase) => (
                    <td key={phrase.id}>
                      <VariantList phrase={phrase} eventId={event.id} />
                    </td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function VariantList({ phrase, eventId }: { phrase: PhraseUsage; eventId: string }) {
  const t = useTranslations('compare.phrases');
  const locale = useLocale();
  const variants = findPhraseVariantsOfEvent(phrase, eventId);
  if (!variants.length)
    return (
      <>
        <span aria-hidden="true">—</span>
        <span className="visually-hidden">{t('none')}</span>
      </>
    );
  return (
    <ul className="variant-list">
      {variants.map((variant) => (
        <li key={variant.id}>
          <span lang={langOnPage(variant.text, locale)}>“{variant.text}”</span>
          {variant.first && <strong className="first-use"> {t('firstUse')}</strong>}
        </li>
      ))}
    </ul>
  );
}

/** `lang` for the corpus's words on a page in `locale`: set only where they are in another. */
function langOnPage(text: string, locale: string): string | undefined {
  const lang = inferLanguage(text);
  return lang === locale ? undefined : lang;
}
