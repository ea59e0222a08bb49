import { createTimelineData } from '@/lib/create-timeline-data';
import { findEvent } from '@/lib/find-event';
import { loadCorpus } from '@/lib/load-corpus';
import { parseTimelineView } from '@/lib/parse-timeline-view';
import { Dashboard } from './_components/dashboard';

export const dynamic = 'force-dynamic';

export default async function HomePage({ searchParams }: PageProps<'/'>) {
  const corpus = loadCorpus();
  const { events, bounds } = createTimelineData(corpus);
  const ids = new Set(events.map((event) => event.id));
  const view = parseTimelineView(await searchParams, bounds, ids);
  const detail = view.event ? (findEvent(corpus, view.event) ?? null) : null;
  return (
    <>
      <h1 className="visually-hidden">
        Alliance Timeline: the Japan-U.S. alliance’s meetings and milestones
      </h1>
      <Dashboard
        events={events}
        bounds={bounds}
        initialView={view}
        themes={corpus.themes}
        initialDetail={detail}
      />
    </>
  );
}
