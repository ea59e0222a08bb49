import type { ReactNode } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { formatDateIn } from '@/lib/dates/format-date-in';
import type { EventSummary } from '@/lib/types';

/**
 * Says, above a diff, which sides are summaries in the project's own words, so that no one takes
 * a difference of wording between summaries for a change in official language.
 */
export function SummaryNote({ from, to }: { from: EventSummary; to: EventSummary }) {
  const t = useTranslations('compare.column');
  const locale = useLocale();
  const summaries = [from, to].filter((event) => event.provenance === 'summary');
  if (!summaries.length) return null;
  const strong = (words: ReactNode) => <strong>{words}</strong>;
  return (
    <p className="summary-note">
      {summaries.length === 2
        ? t.rich('bothSummaries', { strong })
        : t.rich('oneSummary', { strong, date: formatDateIn(summaries[0]!.date, locale) })}
    </p>
  );
}
