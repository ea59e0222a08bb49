import { createFirstViews } from '@/lib/create-first-view';
import { createTimelineData } from '@/lib/create-timeline-data';
import { findEvent } from '@/lib/find-event';
import { loadCorpus } from '@/lib/load-corpus';
import { parseTimelineView } from '@/lib/parse-timeline-view';
import { encodeTimeline } from '@/lib/timeline-payload';
import { Dashboard } from './_components/dashboard';

export const dynamic = 'force-dynamic';

/** Corpora up to this size come with the page; larger ones load from /api/timeline after it. */
const EMBED_LIMIT = 2000;

export default async function HomePage({ searchParams }: PageProps<'/'>) {
  const corpus = loadCorpus();
  const timeline = createTimelineData(corpus);
  const view = parseTimelineView(await searchParams, timeline.bounds, timeline.ids);
  const detail = view.event ? (findEvent(corpus, view.event) ?? null) : null;
  const themes = corpus.themes.map(({ id, label, color }) => ({ id, label, color }));
  const embedded =
    timeline.events.length <= EMBED_LIMIT
      ? encodeTimeline(
          timeline,
          themes.map((theme) => theme.id),
        )
      : null;
  return (
    <>
      <h1 className="visually-hidden">
        Alliance Timeline: the Japan-U.S. alliance’s meetings and milestones
      </h1>
      <Dashboard
        initialTimeline={embedded}
        firstViews={createFirstViews(timeline, view)}
        bounds={timeline.bounds}
        initialView={view}
        themes={themes}
        initialDetail={detail}
      />
    </>
  );
}
