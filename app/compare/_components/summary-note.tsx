import { formatDate } from '@/lib/dates/format-date';
import type { EventSummary } from '@/lib/types';

/**
 * Says, above a diff, which sides are summaries in the project's own words, so that no one takes
 * a difference of wording between summaries for a change in official language.
 */
export function SummaryNote({ from, to }: { from: EventSummary; to: EventSummary }) {
  const summaries = [from, to].filter((event) => event.provenance === 'summary');
  if (!summaries.length) return null;
  return (
    <p className="summary-note">
      {summaries.length === 2 ? (
        <strong>Both sides are summaries</strong>
      ) : (
        <>
          <strong>The {formatDate(summaries[0]!.date)} side is a summary</strong>
        </>
      )}{' '}
      in Alliance Timeline’s own words, not official wording.
    </p>
  );
}
