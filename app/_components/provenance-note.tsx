import type { ReactNode } from 'react';
import { isNewsOnly } from '@/lib/corpus/is-news-only';
import { SOURCE_KIND_LABELS, type EventSummary } from '@/lib/types';
import { NewsOnlyBadge } from './provenance-badge';

interface ProvenanceNoteProps {
  event: Pick<EventSummary, 'provenance' | 'sources'>;
  /** What a page adds below the sources (the event page explains news reports and titles). */
  children?: ReactNode;
}

/**
 * Says plainly whose words the text is and what backs it, and lists the sources, each with what it
 * is: "Japan Ministry of Defense: Japan-U.S. Defense Ministerial Meeting (publisher’s page)".
 */
export function ProvenanceNote({ event, children }: ProvenanceNoteProps) {
  return (
    <aside className="provenance" aria-label="Provenance">
      {event.provenance === 'official-text' ? (
        <p>
          <strong>Official text.</strong> The statements below are the official document’s
          sentences, kept verbatim.
        </p>
      ) : (
        <p>
          <strong>Summary in Alliance Timeline’s own words.</strong> This is not official wording:
          the facts come from the sources, the sentences do not. Short formula phrases in quotation
          marks are quoted from them.
        </p>
      )}
      {isNewsOnly(event) && (
        <p>
          <NewsOnlyBadge /> Only news reports back this event.
        </p>
      )}
      <p>Source{event.sources.length > 1 ? 's' : ''}:</p>
      <ul className="plain-list" aria-label="Sources">
        {event.sources.map((source) => (
          <li key={source.url}>
            <a href={source.url} hrefLang={source.language} rel="external">
              {source.publisher}: {source.title}
            </a>{' '}
            ({SOURCE_KIND_LABELS[source.kind]}
            {source.language !== 'en' &&
              `, in ${source.language === 'ja' ? 'Japanese' : source.language}`}
            )
          </li>
        ))}
      </ul>
      {children}
    </aside>
  );
}
