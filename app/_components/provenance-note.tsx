import type { ReactNode } from 'react';
import { isNewsOnly } from '@/lib/corpus/is-news-only';
import { fillIn } from '@/lib/text/fill-in';
import type { EventSummary, Source } from '@/lib/types';
import { textLangOn } from '../_lib/text-lang-on';
import { ENGLISH_EVENT_WORDS, type EventWords } from './event-words';
import { FilledTemplate } from './filled-template';
import { NewsOnlyBadge } from './provenance-badge';

interface ProvenanceNoteProps {
  event: Pick<EventSummary, 'provenance' | 'sources'>;
  /** What a page adds below the sources (the event page explains news reports and titles). */
  children?: ReactNode;
  /** The page language's words (English by default). */
  words?: EventWords;
}

/**
 * Says plainly whose words the text is and what backs it, and lists the sources, each with what it
 * is: "Japan Ministry of Defense: Japan-U.S. Defense Ministerial Meeting (publisher’s page)". A
 * source's publisher and title are written in the source's language.
 */
export function ProvenanceNote({
  event,
  children,
  words = ENGLISH_EVENT_WORDS,
}: ProvenanceNoteProps) {
  const t = words.provenance;
  return (
    <aside className="provenance" aria-label={t.label}>
      {event.provenance === 'official-text' ? (
        <p>
          <strong>{t.officialHeading}</strong> {t.officialBody}
        </p>
      ) : (
        <p>
          <strong>{t.summaryHeading}</strong> {t.summaryBody}
        </p>
      )}
      {isNewsOnly(event) && (
        <p>
          <NewsOnlyBadge label={t.newsOnlyBadge} /> {t.newsOnly}
        </p>
      )}
      <p>{event.sources.length > 1 ? t.sources : t.source}</p>
      <ul className="plain-list" aria-label={t.sourcesLabel}>
        {event.sources.map((source) => (
          <li key={source.url}>
            <a href={source.url} hrefLang={source.language} rel="external">
              {words.locale === 'en' ? (
                fillIn(t.sourceName, { publisher: source.publisher, title: source.title })
              ) : (
                <FilledTemplate
                  template={t.sourceName}
                  slots={{
                    publisher: (
                      <span lang={textLangOn(source.publisher, words.locale)}>
                        {source.publisher}
                      </span>
                    ),
                    title: (
                      <span lang={textLangOn(source.title, words.locale)}>{source.title}</span>
                    ),
                  }}
                />
              )}
            </a>
            {sourceKindOf(source, words)}
          </li>
        ))}
      </ul>
      {children}
    </aside>
  );
}

/** "(publisher’s page)", "(news report, in Japanese)": what a source is, and its language where not English. */
function sourceKindOf(source: Source, words: EventWords): string {
  const t = words.provenance;
  const kind = t.sourceKinds[source.kind];
  if (source.language === 'en') return fillIn(t.sourceKind, { kind });
  const language = source.language === 'ja' ? t.japanese : source.language;
  return fillIn(t.sourceKindIn, { kind, language });
}
