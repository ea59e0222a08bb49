import type { CSSProperties } from 'react';
import type { Metadata } from 'next';
import Link from 'next/link';
import { DiffText } from '../_components/diff-text';
import { MeetingPicker } from './_components/meeting-picker';
import { meetingChoicesOf } from './_components/meeting-choices-of';
import { MeetingStatements } from './_components/meeting-statements';
import {
  createMeetingComparison,
  type OneSidedTheme,
  type SharedTheme,
} from '@/lib/compare/create-meeting-comparison';
import { createMeetingCompareUrl } from '@/lib/compare/create-meeting-compare-url';
import { parseMeetingPair } from '@/lib/compare/parse-meeting-pair';
import { eventById } from '@/lib/corpus/corpus-index';
import { findTheme } from '@/lib/corpus/find-theme';
import { loadCorpus } from '@/lib/corpus/load-corpus';
import { formatDate } from '@/lib/dates/format-date';
import { createSearchParams } from '@/lib/url/create-search-params';
import { singleParamOf } from '@/lib/url/single-param-of';
import type { Corpus, EventDetail } from '@/lib/types';
import styles from './meetings.module.css';

export const dynamic = 'force-dynamic';

export async function generateMetadata({
  searchParams,
}: PageProps<'/compare/meetings'>): Promise<Metadata> {
  const pair = parseMeetingPair(pageParamsOf(createSearchParams(await searchParams)), loadCorpus());
  return {
    title: pair.ok
      ? `Compare: ${pair.value.a.label} against ${pair.value.b.label}`
      : 'Compare two meetings',
  };
}

export default async function MeetingsComparePage({
  searchParams,
}: PageProps<'/compare/meetings'>) {
  const corpus = loadCorpus();
  const params = pageParamsOf(createSearchParams(await searchParams));
  const pair = parseMeetingPair(params, corpus);
  if (pair.ok) return <Comparison corpus={corpus} a={pair.value.a} b={pair.value.b} />;
  const { param, message } = pair.error;
  // A missing `a` or `b` is the question the page asks, not a mistake to report.
  const asked = param !== null && !params.has(param);
  const a = param === 'a' ? undefined : eventById(corpus, params.get('a') ?? '');
  return <ChooseMeeting corpus={corpus} a={a} problem={asked ? null : message} />;
}

/** `a` and `b` as a page reads them: one given twice or empty is left out (singleParamOf). */
function pageParamsOf(params: URLSearchParams): URLSearchParams {
  const read = new URLSearchParams();
  for (const name of ['a', 'b']) {
    const value = singleParamOf(params, name);
    if (value !== undefined) read.set(name, value);
  }
  return read;
}

/** The page before a comparison: which meeting to compare (with `a`, if chosen), and what went wrong. */
function ChooseMeeting({
  corpus,
  a,
  problem,
}: {
  corpus: Corpus;
  a: EventDetail | undefined;
  problem: string | null;
}) {
  const meetings = meetingChoicesOf(corpus.events, a?.id);
  return (
    <>
      <h1>{a ? `Compare ${a.label}, ${formatDate(a.date)}, with…` : 'Compare two meetings'}</h1>
      {problem && (
        <p className="problem" role="alert">
          This comparison cannot be shown: {problem}.
        </p>
      )}
      <p>
        {a
          ? 'Choose the meeting to compare it with: the page shows the themes each raised and the other did not, and for the themes both raised, their statements with the words changed.'
          : 'Choose the first meeting, then the one to compare it with.'}
      </p>
      <MeetingPicker
        meetings={meetings}
        label={a ? 'Meetings to compare with' : 'Meetings to compare'}
      />
    </>
  );
}

/** Two meetings side by side by theme. */
function Comparison({ corpus, a, b }: { corpus: Corpus; a: EventDetail; b: EventDetail }) {
  const comparison = createMeetingComparison(a, b, corpus.themes);
  const themeOf = (id: string) => findTheme(corpus.themes, id);
  const sideOf = (event: EventDetail) => ({
    event,
    people: corpus.people,
    name: `${event.label}, ${formatDate(event.date)}`,
  });
  const sides = { a: sideOf(a), b: sideOf(b) };
  return (
    <>
      <h1>
        {a.label} against {b.label}
      </h1>
      <p className="muted">
        <Link href={`/events/${a.id}`}>{a.title}</Link>, {formatDate(a.date)}, against{' '}
        <Link href={`/events/${b.id}`}>{b.title}</Link>, {formatDate(b.date)}: the themes each
        raised and the other did not, then the themes both raised, with the words changed from the
        first to the second (added words <ins>underlined</ins>, removed words{' '}
        <del>struck through</del>).
      </p>
      <p className="compare-links">
        <Link href={createMeetingCompareUrl(a.id, b.id)}>Permalink to this comparison</Link> ·{' '}
        <Link href={createMeetingCompareUrl(b.id, a.id)}>Swap the meetings</Link> ·{' '}
        <Link href={createMeetingCompareUrl(a.id)}>Compare {a.label} with another meeting</Link> ·{' '}
        <a href={createMeetingCompareUrl(a.id, b.id, '/api/compare/meetings')}>JSON</a>
      </p>
      <div className={styles.pair}>
        {(
          [
            ['a', 'b', comparison.onlyA],
            ['b', 'a', comparison.onlyB],
          ] as const
        ).map(([key, other, raised]) => (
          <OnlyOneSide
            key={key}
            id={`only-${key}`}
            side={sides[key]}
            other={sides[other]}
            raised={raised}
            themeOf={themeOf}
          />
        ))}
      </div>
      <section aria-labelledby="shared">
        <h2 id="shared">Raised at both</h2>
        {comparison.shared.length ? (
          <ul className={styles.themeList}>
            {comparison.shared.map((shared) => (
              <SharedThemeItem key={shared.theme} shared={shared} sides={sides} themeOf={themeOf} />
            ))}
          </ul>
        ) : (
          <p className="muted">No theme was raised at both.</p>
        )}
      </section>
    </>
  );
}

/** One meeting of the two, as the sections name it. */
interface Side {
  event: EventDetail;
  people: Corpus['people'];
  /** "Kishi-Austin, Pentagon, 4 May 2022". */
  name: string;
}

type ThemeOf = (id: string) => { label: string; color: string } | undefined;

function OnlyOneSide({
  id,
  side,
  other,
  raised,
  themeOf,
}: {
  id: string;
  side: Side;
  other: Side;
  raised: OneSidedTheme[];
  themeOf: ThemeOf;
}) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>Raised only at {side.name}</h2>
      {raised.length ? (
        <ul className={styles.themeList}>
          {raised.map(({ theme, statements }) => (
            <li key={theme} className={styles.theme} style={themeStyle(themeOf(theme))}>
              <h3>{themeOf(theme)?.label ?? theme}</h3>
              <MeetingStatements
                eventId={side.event.id}
                statements={statements}
                participants={side.event.participants}
                people={side.people}
                label={`Statements on ${themeOf(theme)?.label ?? theme}, ${side.name}`}
              />
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">None: every theme raised here was raised at {other.name} too.</p>
      )}
    </section>
  );
}

function SharedThemeItem({
  shared,
  sides,
  themeOf,
}: {
  shared: SharedTheme;
  sides: { a: Side; b: Side };
  themeOf: ThemeOf;
}) {
  const label = themeOf(shared.theme)?.label ?? shared.theme;
  const changes = `Changes on ${label} from ${sides.a.event.label} to ${sides.b.event.label}`;
  return (
    <li className={styles.theme} style={themeStyle(themeOf(shared.theme))}>
      <h3>{label}</h3>
      <div className={styles.pair}>
        {(['a', 'b'] as const).map((key) => (
          <div key={key}>
            <h4>{sides[key].name}</h4>
            <MeetingStatements
              eventId={sides[key].event.id}
              statements={shared[key]}
              participants={sides[key].event.participants}
              people={sides[key].people}
              label={`Statements on ${label}, ${sides[key].name}`}
            />
          </div>
        ))}
      </div>
      <section className="compare-changes" aria-label={changes}>
        <h4>
          Changes from {sides.a.event.label} to {sides.b.event.label}
        </h4>
        <DiffText parts={shared.parts} />
      </section>
    </li>
  );
}

function themeStyle(theme: { color: string } | undefined): CSSProperties {
  return { '--theme-color': theme?.color } as CSSProperties;
}
