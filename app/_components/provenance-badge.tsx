import type { Provenance } from '@/lib/types';

const LABELS: Record<Provenance, string> = {
  'official-text': 'Official text',
  summary: 'Summary',
};

/**
 * A short badge saying whether an event's text is the official text or the project's summary.
 * `label`: its text in the page's language (English by default).
 */
export function ProvenanceBadge({ provenance, label }: { provenance: Provenance; label?: string }) {
  return <span className={`badge badge-${provenance}`}>{label ?? LABELS[provenance]}</span>;
}

/**
 * A badge for an event whose sources are all news reports (isNewsOnly): no official readout backs
 * its statements, only plain facts reported in the news. `label`: its text in the page's language.
 */
export function NewsOnlyBadge({ label = 'From news reports' }: { label?: string }) {
  return <span className="badge badge-news-only">{label}</span>;
}
