import type { EventDetail } from '@/lib/types';

/** Says plainly whose words the text is, and links the official sources. */
export function ProvenanceNote({ event }: { event: EventDetail }) {
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
          the facts come from the official source, the sentences do not. Short formula phrases in
          quotation marks are quoted from it.
        </p>
      )}
      <p>
        Official source{event.sources.length > 1 ? 's' : ''}:{' '}
        {event.sources.map((source, index) => (
          <span key={source.url}>
            {index > 0 && '; '}
            <a href={source.url} hrefLang={source.language} rel="external">
              {source.publisher}: {source.title}
            </a>
            {source.language !== 'en' &&
              ` (${source.language === 'ja' ? 'Japanese' : source.language})`}
          </span>
        ))}
      </p>
    </aside>
  );
}
