'use client';

import dynamic from 'next/dynamic';
import type { EventPanelProps } from './event-panel-content';

export type { EventPanelProps };

/**
 * The selected event's panel (EventPanelContent). Its code (the facts, provenance, statements and
 * their words in two languages) loads with the first event selected, not with the dashboard: a
 * page served with an event selected renders it on the server and loads it while hydrating.
 */
export const EventPanel = dynamic<EventPanelProps>(
  () => import('./event-panel-content').then((module) => module.EventPanelContent),
  { loading: () => null },
);
