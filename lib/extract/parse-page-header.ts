import { parseDateLine } from '../reader/parse-date-text';
import type { TextHeader } from './create-plain-text';
import { hintOf } from './publisher-hints';

/** A page's header facts, and where it came from. */
export interface PageHeader extends TextHeader {
  /** The page's address: the name it was read from, or the one it gives for itself. */
  url: string | null;
}

/**
 * The title, issue date and publisher of an official page, read before anything is removed:
 * the publisher from its host (or `og:site_name`), the date from the page's date line nearest
 * the title (or its metadata), the title from its main heading (or its metadata).
 */
export function parsePageHeader(document: Document, name?: string): PageHeader {
  const url = pageUrlOf(document, name);
  const publisher = hintOf(url)?.publisher ?? metaContent(document, 'og:site_name');
  return { url, publisher, title: titleOf(document), date: dateOf(document) };
}

function pageUrlOf(document: Document, name?: string): string | null {
  if (name && /^https?:\/\//i.test(name)) return name;
  const canonical = document.querySelector('link[rel~="canonical"]')?.getAttribute('href');
  const saved = /saved from url=\(\d+\)(\S+)/.exec(savedFromComments(document))?.[1];
  return canonical ?? metaContent(document, 'og:url') ?? saved ?? null;
}

/** Browsers mark a saved page with a comment before `<html>`: "saved from url=(0042)https://…". */
function savedFromComments(document: Document): string {
  const comments = [...document.childNodes].filter((node) => node.nodeType === 8);
  return comments.map((node) => node.textContent).join(' ');
}

function metaContent(document: Document, key: string): string | null {
  const meta = document.querySelector(`meta[property="${key}"], meta[name="${key}"]`);
  return meta?.getAttribute('content')?.trim() || null;
}

function textOf(element: Element): string {
  return (element.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The main heading: the `<h1>` the page's `<title>` repeats, else the first, else metadata. */
function titleOf(document: Document): string | null {
  const headings = [...document.querySelectorAll('h1')].map(textOf).filter(Boolean);
  const pageTitle = `${metaContent(document, 'og:title') ?? ''} ${document.title}`;
  const named = headings.find((heading) => pageTitle.includes(heading));
  return (
    named ?? headings[0] ?? metaContent(document, 'og:title') ?? (document.title.trim() || null)
  );
}

/** Elements that can hold a date line on their own. */
const DATE_HOLDERS = 'time, p, div, span, li, dd, dt, h2, h3, h4, h5, h6, em, strong';

/** Where pages keep their publication date in metadata, in order of trust. */
const DATE_META = ['article:published_time', 'date', 'dc.date', 'dcterms.date', 'pubdate'];

/**
 * The issue date: the date line nearest after the title (else before),
 * else `<time datetime>` or the metadata. Footers, navigation and asides are never looked in.
 */
function dateOf(document: Document): string | null {
  // A date line is a short element: its text is read only where it has few children.
  const candidates = [...document.querySelectorAll(DATE_HOLDERS)].filter(
    (element) =>
      element.children.length <= 2 && !element.closest('footer, nav, aside, header[role="banner"]'),
  );
  const title = document.querySelector('h1');
  const dated = candidates
    .map((element) => ({ element, date: parseDateText(textOf(element)) }))
    .filter((candidate) => candidate.date);
  const after = title ? dated.find(({ element }) => isAfter(element, title)) : undefined;
  const found = after ?? dated.at(-1);
  if (found) return found.date;
  const time = document.querySelector('time[datetime]')?.getAttribute('datetime');
  return (
    parseIsoDate(time) ??
    parseIsoDate(DATE_META.map((key) => metaContent(document, key)).find(Boolean))
  );
}

function isAfter(element: Element, reference: Element): boolean {
  // DOCUMENT_POSITION_FOLLOWING
  return Boolean(reference.compareDocumentPosition(element) & 4);
}

/** "2022-05-23T09:00:00+09:00" → "2022-05-23": the date as the page wrote it, not moved to UTC. */
function parseIsoDate(value: string | null | undefined): string | null {
  return /^(\d{4}-\d{2}-\d{2})/.exec(value?.trim() ?? '')?.[1] ?? null;
}

/**
 * A date line as pages write it: "May 23, 2022", "Monday, May 23, 2022", "Jan. 12, 2023",
 * "23 May 2022", "Posted on May 23, 2022", "2022年5月23日", "令和6年9月21日". Null for any other text.
 */
export function parseDateText(text: string): string | null {
  if (text.length > 48) return null;
  const japanese = /^(?:(\d{4})|令和\s*(\d{1,2}|元))年\s*(\d{1,2})月\s*(\d{1,2})日/.exec(text);
  if (japanese) {
    const [, year, reiwa, month, day] = japanese;
    // Reiwa 1 (元年) is 2019.
    const western = year ?? String(2018 + (reiwa === '元' ? 1 : Number(reiwa)));
    return [western, month!.padStart(2, '0'), day!.padStart(2, '0')].join('-');
  }
  const line = text
    .replace(/^(?:posted on|published(?: on)?|released(?: on)?|issued(?: on)?|date)[:\s]*/i, '')
    .replace(/^(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+/i, '')
    .replace(/\s*\((?:local time|japan time|jst|est|edt)\)$/i, '');
  return parseDateLine(line);
}
