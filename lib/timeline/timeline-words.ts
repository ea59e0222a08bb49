import type { Kind } from '../types';

/** A page's language as the timeline words it. */
export type TimelineLanguage = 'en' | 'ja';

/**
 * The timeline's words in a page's language (messages' `timeline` group), with the corpus's own
 * names in that language. Serialisable: the server makes it, the client receives it as a prop.
 * Templates hold `{name}` placeholders that fillIn() (lib/text) fills.
 */
export interface TimelineWords {
  language: TimelineLanguage;
  /** The toolbar's name and buttons. */
  controls: string;
  zoomIn: string;
  zoomOut: string;
  reset: string;
  all: string;
  downloadPng: string;
  downloadSvg: string;
  /** The timeline's accessible name: how to move in it. */
  help: string;
  roleDescription: string;
  loading: string;
  /** `{message}`: why it could not be loaded. */
  loadError: string;
  listView: string;
  listLoading: string;
  /** `{count}` events in view. */
  listCaption: string;
  /** `{count}` events in view, the first `{limit}` listed. */
  listCaptionMore: string;
  listDate: string;
  listEvent: string;
  listKind: string;
  listThemes: string;
  /** The themes list's name of the event `{title}`. */
  themesOf: string;
  /** The overview's brush. */
  overview: string;
  /** Between a window's first and last days, where it is read out (" to "). */
  windowTo: string;
  /** `{date}`: the day in Japan, where it differs from the day at the venue. */
  inJapan: string;
  cardThemes: string;
  /** `{count}` more themes than the card shows. */
  moreThemes: string;
  /** A cluster's accessible name: `{count}` events from `{from}` to `{to}`. */
  clusterName: string;
  /** A cluster's label: `{count}` events of one kind, or of several (`mixed`). */
  clusters: Record<Kind | 'mixed', string>;
  /** The kind lanes' titles by lane id. */
  lanes: Record<string, string>;
  /** Each kind's name (the list view's column). */
  kinds: Record<Kind, string>;
  /** Theme labels by theme id, where the language has its own. */
  themes: Record<string, string>;
  /** Events' names by event id, where the language has its own. */
  events: Record<string, EventNames>;
}

/** An event's names in a language other than the corpus's English, as far as the data gives them. */
export interface EventNames {
  title?: string;
  label?: string;
  /** The participants' names, in the order of the event's. */
  participants?: string[];
}
