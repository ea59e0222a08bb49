import { useTranslations } from 'next-intl';
import type { Provenance } from '@/lib/types';

/** A short badge saying whether an event's text is the official text or the project's summary. */
export function ProvenanceBadge({ provenance }: { provenance: Provenance }) {
  const t = useTranslations('badges');
  return <span className={`badge badge-${provenance}`}>{t(provenance)}</span>;
}

/**
 * A badge for an event whose sources are all news reports (isNewsOnly): no official readout backs
 * its statements, only plain facts reported in the news.
 */
export function NewsOnlyBadge() {
  const t = useTranslations('badges');
  return <span className="badge badge-news-only">{t('newsOnly')}</span>;
}
