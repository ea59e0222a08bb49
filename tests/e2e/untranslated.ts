import type { Page } from '@playwright/test';

/** How a page shows the corpus's own words. */
export interface UntranslatedOptions {
  /**
   * Whether the page words its dates in Japanese (lib/dates/format-date-in.ts): then a `<time>`
   * is interface like any other text. Default false, for pages still showing English dates.
   */
  japaneseDates?: boolean;
  /** Walk only what is inside the elements this CSS selector matches (a region of the page). */
  within?: string;
}

/**
 * The interface strings on the page that are not in Japanese: visible text, option text and
 * the words only some readers meet (aria-label, title, placeholder, alt, the document title).
 *
 * What is not interface is left out, by one rule each:
 * - content in an element whose `lang` is not `ja` (event titles, statement texts, the switch's
 *   "English"): it is in its own language, and says so;
 * - `<code>` (names a person types as they are), `<textarea>` (what the person typed, like an
 *   input's value) and, unless `japaneseDates`, `<time>` (pages that still show English dates);
 * - `data` strings, e.g. the English theme labels on pages that do not yet show `labelJa`.
 * Within a string, URLs, file extensions, the acronyms URL, JSON and CSV (names of formats,
 * written so in Japanese too) and capitals run into Japanese characters (SACO最終報告: an acronym
 * in a Japanese text) are not English words.
 */
export async function untranslatedTextOf(
  page: Page,
  data: string[] = [],
  { japaneseDates = false, within }: UntranslatedOptions = {},
): Promise<string[]> {
  return page.evaluate(
    ({ data, japaneseDates, within }) => {
      const ATTRIBUTES = ['aria-label', 'title', 'placeholder', 'alt', 'aria-description'];
      const EXCEPTED = `[lang]:not([lang="ja"]), code, textarea, script, style, noscript, template${japaneseDates ? '' : ', time'}`;
      const isExcepted = (element: Element | null) =>
        !!element?.closest(EXCEPTED) || (!!within && !element?.closest(within));
      const isShown = (element: Element) =>
        element.closest('select') !== null || element.checkVisibility({ visibilityProperty: true });
      const isEnglish = (text: string) => {
        let rest = text;
        for (const item of data) rest = rest.split(item).join(' ');
        rest = rest.replace(/https?:\/\/\S+|\.(txt|html?|pdf)\b|\b(URL|JSON|CSV)\b/g, ' ');
        // An acronym written into Japanese as Japanese writes it: SACO最終報告, 日米SCC.
        rest = rest.replace(
          /[A-Z]{2,}(?=[\u3040-\u30ff\u4e00-\u9fff])|(?<=[\u3040-\u30ff\u4e00-\u9fff])[A-Z]{2,}/g,
          ' ',
        );
        return /[A-Za-z]{2,}/.test(rest);
      };
      const found: string[] = [];
      if (!within && isEnglish(document.title)) found.push(`<title>: ${document.title}`);
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement;
        const text = node.textContent?.trim() ?? '';
        if (!parent || !text || isExcepted(parent) || !isShown(parent)) continue;
        if (isEnglish(text)) found.push(`<${parent.localName}>: ${text}`);
      }
      for (const element of document.body.querySelectorAll('*')) {
        if (isExcepted(element)) continue;
        for (const name of ATTRIBUTES) {
          const value = element.getAttribute(name);
          if (value && isEnglish(value)) found.push(`<${element.localName} ${name}>: ${value}`);
        }
      }
      return found;
    },
    { data, japaneseDates, within },
  );
}

/** The labels of the corpus's themes, which are data the interface shows as they are. */
export async function themeLabelsOf(page: Page): Promise<string[]> {
  const response = await page.request.get('/api/themes');
  const { themes } = (await response.json()) as { themes: { label: string }[] };
  return themes.map((theme) => theme.label);
}
