import { createHash } from 'node:crypto';
import { formatBody } from '../corpus/parse-body';
import type { Corpus, EventDetail, Section } from '../types';

/** An event that already holds a document: by its source's URL, or by the same text. */
export interface Duplicate {
  id: string;
  by: 'source' | 'text';
}

interface Keys {
  urls: Map<string, string>;
  texts: Map<string, string>;
}

const keysByCorpus = new WeakMap<Corpus, Keys>();
/** Each event's keys, made once: a new version of the corpus shares its unchanged events. */
const keysByEvent = new WeakMap<EventDetail, { urls: string[]; text: string }>();

/**
 * The event that already holds this document, if any: one of its sources has the same URL (up to
 * case of the host, a trailing slash and a fragment), or its text is the same (up to white space).
 * `except` is left out (the event being changed).
 */
export function findDuplicate(
  corpus: Corpus,
  document: { url?: string; sections: Section[] },
  except?: string,
): Duplicate | null {
  const keys = keysOf(corpus);
  const byUrl = document.url ? keys.urls.get(urlKey(document.url)) : undefined;
  if (byUrl && byUrl !== except) return { id: byUrl, by: 'source' };
  const byText = keys.texts.get(textKey(document.sections));
  if (byText && byText !== except) return { id: byText, by: 'text' };
  return null;
}

function keysOf(corpus: Corpus): Keys {
  let keys = keysByCorpus.get(corpus);
  if (!keys) {
    keys = { urls: new Map(), texts: new Map() };
    for (const event of corpus.events) {
      let own = keysByEvent.get(event);
      if (!own) {
        own = {
          urls: event.sources.map((source) => urlKey(source.url)),
          text: textKey(event.sections),
        };
        keysByEvent.set(event, own);
      }
      for (const url of own.urls) keys.urls.set(url, event.id);
      keys.texts.set(own.text, event.id);
    }
    keysByCorpus.set(corpus, keys);
  }
  return keys;
}

function urlKey(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.hash = '';
    return parsed.href.replace(/\/$/, '');
  } catch {
    return url;
  }
}

function textKey(sections: Section[]): string {
  const text = formatBody(sections).replace(/\s+/g, ' ').trim();
  return createHash('sha256').update(text).digest('base64url');
}
