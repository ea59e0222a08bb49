import type { ComparisonColumn } from '@/lib/compare/create-comparison';
import type { PhraseUsage } from '@/lib/compare/create-phrase-usage';
import { findPhraseVariantsOfEvent } from '@/lib/compare/find-phrase-variants-of-event';
import { formatDate } from '@/lib/dates/format-date';

/** Which variant of each formula phrase each event used, marking the corpus's first use of each. */
export function PhraseTable({
  phrases,
  columns,
}: {
  phrases: PhraseUsage[];
  columns: ComparisonColumn[];
}) {
  if (!phrases.length) return null;
  return (
    <section aria-labelledby="phrases-heading">
      <h2 id="phrases-heading">Formula phrases</h2>
      <p id="phrases-note">
        The wording of each formula phrase each meeting used. “First use” marks the earliest meeting
        in this corpus to use that wording; a dash, none of the tracked wordings.
      </p>
      <div className="table-scroll" role="region" aria-label="Formula phrases table" tabIndex={0}>
        <table className="phrase-table" aria-describedby="phrases-note">
          <caption className="visually-hidden">Formula phrases by meeting</caption>
          <thead>
            <tr>
              <th scope="col">Meeting</th>
              {phrases.map((phrase) => (
                <th key={phrase.id} scope="col">
                  {phrase.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {columns.map(({ event }) => (
              <tr key={event.id}>
                <th scope="row">
                  <time dateTime={event.date}>{formatDate(event.date)}</time>{' '}
                  <span className="muted">{event.title}</span>
                </th>
                {phrases.map((phrase) => (
                  <td key={phrase.id}>
                    <VariantList phrase={phrase} eventId={event.id} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function VariantList({ phrase, eventId }: { phrase: PhraseUsage; eventId: string }) {
  const variants = findPhraseVariantsOfEvent(phrase, eventId);
  if (!variants.length)
    return (
      <>
        <span aria-hidden="true">—</span>
        <span className="visually-hidden">none</span>
      </>
    );
  return (
    <ul className="variant-list">
      {variants.map((variant) => (
        <li key={variant.id}>
          “{variant.text}”{variant.first && <strong className="first-use"> first use</strong>}
        </li>
      ))}
    </ul>
  );
}
