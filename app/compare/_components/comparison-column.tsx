import Link from 'next/link';
import { NewsOnlyBadge, ProvenanceBadge } from '@/app/_components/provenance-badge';
import type { ComparisonChange, ComparisonColumn as Column } from '@/lib/compare/create-comparison';
import type { CompareView } from '@/lib/compare/create-compare-url';
import { formatDate } from '@/lib/dates/format-date';
import { isNewsOnly } from '@/lib/corpus/is-news-only';
import { StatementSpeaker } from '@/app/_components/statement-speaker';
import { KIND_LABELS, type EventSummary } from '@/lib/types';
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
}

/**
 * One event of a comparison: its header (date, title, kind and label, provenance, marked where its
 * sources are all news reports), its statements on the theme, and what changed.
 */
export function ComparisonColumn({
  column,
  change,
  from,
  isBaseline,
  view,
}: ComparisonColumnProps) {
  const { event } = column;
  const headingId = `column-${event.id}`;
  return (
    <li className="compare-column">
      <article aria-labelledby={headingId}>
        <header>
          <time dateTime={event.date}>{formatDate(event.date)}</time>
          <h2 id={headingId}>
            <Link href={`/events/${event.id}`}>{event.title}</Link>
          </h2>
          <p className="muted">
            {KIND_LABELS[event.kind]} · {event.label}{' '}
            <ProvenanceBadge provenance={event.provenance} />
            {isNewsOnly(event) && (
              <>
                {' '}
                <NewsOnlyBadge />
              </>
            )}
            {isBaseline && <strong className="baseline-mark"> Baseline</strong>}
          </p>
        </header>
        {(view === 'side-by-side' || !change) && <Statements column={column} />}
        {change && from && <Changes change={change} from={from} to={event} />}
      </article>
    </li>
  );
}

function Statements({ column }: { column: Column }) {
  if (!column.statements.length) return <p className="muted">No statements on this theme.</p>;
  return (
    <ol className="compare-statements" aria-label={`Statements, ${formatDate(column.event.date)}`}>
      {column.statements.map((statement) => (
        <li key={statement.id}>
          <StatementSpeaker statement={statement} eventId={column.event.id} />{' '}
          <Link className="statement-link" href={`/events/${column.event.id}#${statement.id}`}>
            {statement.text}
          </Link>
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
  const label = `Changes from ${formatDate(from.date)}`;
  return (
    <section className="compare-changes" aria-label={label}>
      <h3>{label}</h3>
      <SummaryNote from={from} to={to} />
      <DiffText parts={change.parts} />
    </section>
  );
}
