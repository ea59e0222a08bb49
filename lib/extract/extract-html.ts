import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { createHtmlBlocks } from './create-html-blocks';
import { createPlainText, type TextBlock } from './create-plain-text';
import { parseDateText, parsePageHeader, type PageHeader } from './parse-page-header';

/** Page furniture that is never the article: navigation, breadcrumbs, share bars, footers. */
const FURNITURE = [
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'svg',
  'img',
  'figure',
  'form',
  'button',
  'nav',
  'header',
  'footer',
  'aside',
  '[role="navigation"]',
  '[role="banner"]',
  '[role="contentinfo"]',
  '[role="search"]',
  '[hidden]',
  '[aria-hidden="true"]',
  '[class*="breadcrumb" i]',
  '[id*="breadcrumb" i]',
  '[aria-label*="breadcrumb" i]',
  '[class*="share" i]',
  '[class*="social" i]',
  '[class*="skip" i]',
  '[class*="caption" i]',
  '[class*="sr-only" i]',
  '[class*="screen-reader" i]',
];

/** Lines that only point elsewhere: the other language, printing, the top of the page. */
const LINK_LINE =
  /^\[?(?:read |view )?(?:in )?(?:japanese|english|日本語)(?: version| page| text)?(?: \(日本語\))?\]?$|^(?:print|share|e-?mail|tweet|facebook|x|twitter|linkedin|back to top|page top|top of page|return to top)$/i;

/** "Joint Statement (PDF)", "Fact Sheet [PDF/250KB]": a link to the document in another format. */
const PDF_LINK = /[([]\s*PDF\b[^)\]]*[)\]]\s*$/i;

/**
 * The text of an official web page in the reader's plain-text shape: its title, date line and
 * publisher, then the article's headings and paragraphs, without the page's furniture.
 * Readability (on a linkedom DOM) finds the article; the page's header facts are read before.
 */
export function extractHtml(html: string, name?: string): string {
  const { document } = parseHTML(asDocument(html));
  const header = parsePageHeader(document, name);
  for (const element of document.querySelectorAll(FURNITURE.join(', '))) element.remove();
  const article = new Readability(document, { charThreshold: 200 }).parse();
  const container = document.createElement('div');
  container.innerHTML = article?.content ?? document.body?.innerHTML ?? '';
  for (const element of container.querySelectorAll('p, li, div, dd, dt, span, td'))
    if (isPointer(element)) element.remove();
  const title = header.title ?? article?.title?.trim() ?? null;
  const blocks = dropOrphanHeadings(
    createHtmlBlocks(container).filter((block) => !isHeaderRepeat(block, { ...header, title })),
  );
  return createPlainText({ ...header, title }, blocks);
}

/** linkedom parses a whole document: a fragment ("<p>...") goes into a body of its own. */
function asDocument(html: string): string {
  return /<html[\s>]/i.test(html)
    ? html
    : `<!DOCTYPE html><html><head></head><body>${html}</body></html>`;
}

/** A short element that only links elsewhere (the other language, a PDF, the next page). */
function isPointer(element: Element): boolean {
  const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim();
  if (!text) return true;
  if (LINK_LINE.test(text) || (PDF_LINK.test(text) && text.split(' ').length <= 12)) return true;
  const linked = [...element.querySelectorAll('a')].map((a) => a.textContent ?? '').join('');
  return (
    linked.replace(/\s+/g, '').length >= text.replace(/\s+/g, '').length &&
    text.split(' ').length <= 12
  );
}

/** The title, date or publisher repeated in the article (the header already gives them). */
function isHeaderRepeat(block: TextBlock, header: PageHeader): boolean {
  const text = block.text.replace(/\s+/g, ' ');
  return (
    text === header.title ||
    text === header.publisher ||
    (header.date !== null && parseDateText(text) === header.date)
  );
}

/** Headings left with no paragraph under them ("Related links", once its links are gone). */
function dropOrphanHeadings(blocks: TextBlock[]): TextBlock[] {
  return blocks.filter(
    (block, index) =>
      block.kind !== 'heading' || blocks.slice(index + 1).some((next) => next.kind === 'paragraph'),
  );
}
