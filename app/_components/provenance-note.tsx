import { isNewsOnly } from '@/lib/corpus/is-news-only';
import { SOURCE_KIND_LABELS, type EventSummary, type Source } from '@/lib/types';
import { NewsOnlyBadge } from './provenance-badge';

/**
 * Says plainly whose words the text is and what backs it, and lists the sources, each with what it
 * is: "Japan Ministry of Defense: Japan-U.S. Defense Ministerial Meeting (publisher’s page)".
 */
export function ProvenanceNote({ event }: { event: Pick<EventSummary, 'provenance' | 'sources'> }) {
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
          the facts come from the sources below, the sentences do not. Short formula phrases in
          quotation marks are quoted from them.
        </p>
      )}
      {isNewsOnly(event) && (
        <p>
          <NewsOnlyBadge /> No official readout or copy of an official text was found for this
          event: its statements rest on news reports, which are trusted only for plain facts (date,
          place, who, which topics).
        </p>
      )}
      <p>Source{event.sources.length > 1 ? 's' : ''}:</p>
      <ul className="plain-list" aria-label="Sources">
        {event.sources.map((source) => (
          <li key={source.url}>
            <a href={source.url} hrefLang={source.language} rel="external">
              {source.publisher}: {source.title}
            </a>{' '}
            ({describeSource(source)})
          </li>
        ))}
      </ul>
      {event.sources.some(isSuppliedTitle) && (
        <p className="muted">
          A title in [square brackets] describes a page whose own headline could not be read.
        </p>
      )}
    </aside>
  );
}

/** "publisher’s page", "news report, in Japanese". */
function describeSource(source: Source): string {
  const language =
    source.language === 'en'
      ? ''
      : `, in ${source.language === 'ja' ? 'Japanese' : source.language}`;
  return `${SOURCE_KIND_LABELS[source.kind]}${language}`;
}

function isSuppliedTitle(source: Source): boolean {
  return source.title.startsWith('[');
}
