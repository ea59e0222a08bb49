import type { Metadata } from 'next';
import Link from 'next/link';
import { NewsOnlyBadge } from '@/app/_components/provenance-badge';
import { ThemeChips } from '@/app/_components/theme-chips';
import { ThemeOptions } from '@/app/_components/theme-options';
import { createSearchParams } from '@/lib/url/create-search-params';
import { withoutEmptyParams } from '@/lib/url/without-empty-params';
import { formatDate } from '@/lib/dates/format-date';
import { loadCorpus } from '@/lib/corpus/load-corpus';
import { MAX_QUERY_LENGTH } from '@/lib/http/parse-query-words';
import { parseSearchQuery } from '@/lib/http/parse-search-query';
import { searchStatements, type SearchHit } from '@/lib/search/search-statements';
import { SPEAKER_LABELS } from '@/lib/corpus/speaker-labels';
import { StatementSpeaker } from '@/app/_components/statement-speaker';
import { isNewsOnly } from '@/lib/corpus/is-news-only';
import { SPEAKERS, type Theme } from '@/lib/types';
import { themeIdsOf } from '@/lib/corpus/theme-ids-of';

export const dynamic = 'force-dynamic';

export async function generateMetadata({ searchParams }: PageProps<'/search'>): Promise<Metadata> {
  const q = createSearchParams(await searchParams)
    .get('q')
    ?.trim();
  return { title: q ? `Search: ${q}` : 'Search' };
}

export default async function SearchPage({ searchParams }: PageProps<'/search'>) {
  const corpus = loadCorpus();
  const params = createSearchParams(await searchParams);
  // The form sends its empty fields ("any theme"): here they mean the field is left out.
  const query = parseSearchQuery(withoutEmptyParams(params), themeIdsOf(corpus.themes));
  const result = query.ok ? searchStatements(corpus, query.value, { limit: 500 }) : null;
  return (
    <>
      <h1>Search the statements</h1>
      <SearchForm params={params} themes={corpus.themes} />
      {!query.ok && params.get('q')?.trim() && (
        <p className="problem" role="alert">
          {query.error.message}
        </p>
      )}
      {result && query.ok && (
        <section aria-labelledby="results-heading">
          <h2 id="results-heading">
            {result.total} {result.total === 1 ? 'statement contains' : 'statements contain'} “
            {query.value.q}”
          </h2>
          {result.total > result.hits.length && (
            <p className="muted">The first {result.hits.length} are shown.</p>
          )}
          <ol className="kwic-list" aria-label="Statements found">
            {result.hits.map((hit) => (
              <HitItem key={hit.statement.id} hit={hit} themes={corpus.themes} />
            ))}
          </ol>
        </section>
      )}
    </>
  );
}

/** A plain GET form: the results page is its own permalink, and it works without script. */
function SearchForm({ params, themes }: { params: URLSearchParams; themes: Theme[] }) {
  return (
    <form className="search-form" action="/search" role="search">
      <label>
        Words{' '}
        <input
          type="search"
          name="q"
          defaultValue={params.get('q') ?? ''}
          maxLength={MAX_QUERY_LENGTH}
          required
        />
      </label>
      <label>
        Theme{' '}
        <select name="themes" defaultValue={params.get('themes') ?? ''}>
          <option value="">Any theme</option>
          <ThemeOptions themes={themes} />
        </select>
      </label>
      <label>
        Speaker{' '}
        <select name="speaker" defaultValue={params.get('speaker') ?? ''}>
          <option value="">Anyone</option>
          {SPEAKERS.map((speaker) => (
            <option key={speaker} value={speaker}>
              {SPEAKER_LABELS[speaker]}
            </option>
          ))}
        </select>
      </label>
      <button type="submit">Search</button>
    </form>
  );
}

/** A statement found: the words in context, then its event (marked where news reports alone back it). */
function HitItem({ hit, themes }: { hit: SearchHit; themes: Theme[] }) {
  return (
    <li className="kwic">
      <Link className="kwic-line" href={`/events/${hit.event.id}#${hit.statement.id}`}>
        <span className="kwic-before">{hit.before}</span>
        <mark>{hit.match}</mark>
        <span className="kwic-after">{hit.after}</span>
      </Link>
      <p className="meta">
        <time dateTime={hit.event.date}>{formatDate(hit.event.date)}</time> · {hit.event.title} (
        {hit.event.label}) · <StatementSpeaker statement={hit.statement} eventId={hit.event.id} />
        {isNewsOnly(hit.event) && (
          <>
            {' '}
            <NewsOnlyBadge />
          </>
        )}
      </p>
      <ThemeChips ids={hit.statement.themes} themes={themes} label="Statement themes" />
    </li>
  );
}
