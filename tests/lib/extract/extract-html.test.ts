import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractDocument } from '@/lib/extract/extract-document';
import { hintOf } from '@/lib/extract/publisher-hints';
import { readDocument } from '@/lib/reader/read-document';
import { ROOT, bundledContext, readFixture } from '../../helpers';

const PAGES = path.join(ROOT, 'tests', 'fixtures', 'pages');
const context = bundledContext();

/** A saved page's bytes, read as a person would give it: by its file name only. */
function extractPage(name: string, contentType?: string) {
  const file = path.join(PAGES, `${name}.html`);
  return extractDocument({ bytes: readFileSync(file), name: file, contentType });
}

// One saved page per publisher family, each with the text an analyst would keep beside it.
describe.each([
  'mod-ministerial',
  'mofa-telecon',
  'kantei-summit',
  'dod-readout',
  'state-readout',
  'whitehouse-statement',
  'embassy-release',
])('extractDocument() on the saved page %s', (name) => {
  let format: string;
  let text: string;
  beforeAll(async () => {
    ({ format, text } = await extractPage(name));
  });

  it('keeps the title, date line, publisher, headings and paragraphs, and nothing else', () => {
    expect(format).toBe('html');
    expect(text).toBe(readFixture(`pages/${name}.txt`));
  });

  it('leaves no navigation, language link, share button, PDF link or footer', () => {
    expect(text).not.toMatch(/^(?:Home|Japanese|日本語|English|Share|Facebook|X|Print|Email)$/m);
    expect(text).not.toMatch(/\(PDF|Back to|Copyright|Privacy|Skip to|Photograph of|Related/);
  });

  it('gives the reader its title, issue date and publisher', () => {
    const [title, dateLine, publisher] = text.split('\n');
    const reading = readDocument(text, context);
    expect(reading.event.title).toBe(title!.replace(/\s*\(summary\)$/i, ''));
    expect(reading.publisher).toBe(publisher);
    expect(reading.issueDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(dateLine).toMatch(/^[A-Z][a-z]+ \d{1,2}, \d{4}$/);
  });
});

describe('extractDocument() on HTML', () => {
  it('keeps the numbers of a numbered list as the page shows them ("1. Regional situation")', async () => {
    const { text } = await extractPage('mod-ministerial');
    expect(text).toContain('\n\n1. Regional situation\n\n');
    expect(text).toContain('\n\n2. Bilateral cooperation\n\n');
  });

  it('reads the date line nearest the title, with its weekday dropped ("Friday, April 10, 2026")', async () => {
    const { text } = await extractPage('kantei-summit');
    expect(text.split('\n')[1]).toBe('April 10, 2026');
  });

  it('decodes a Shift_JIS page by its meta charset, and a Reiwa date line', async () => {
    const { text } = await extractPage('mofa-telecon-ja-sjis');
    expect(text).toBe(readFixture('pages/mofa-telecon-ja-sjis.txt'));
    expect(text.split('\n').slice(0, 2)).toEqual(['日米外相電話会談', 'September 21, 2024']);
  });

  it('takes the charset of the content type over the page’s own', async () => {
    const html =
      '<html><head><meta charset="utf-8"><title>T</title></head><body><h1>Title</h1><p>Caf\xe9 talks were held today in Tokyo between the two ministers of defense.</p></body></html>';
    const bytes = Uint8Array.from(html, (char) => char.charCodeAt(0));
    const { text } = await extractDocument({
      bytes,
      contentType: 'text/html; charset=windows-1252',
    });
    expect(text).toContain('Café talks');
  });

  it('knows HTML by its content, and an HTML fragment by the content type', async () => {
    const page = new TextEncoder().encode(
      '\n<!-- saved -->\n<!DOCTYPE html><p>Two ministers met today in Tokyo and agreed to meet again soon.</p>',
    );
    expect((await extractDocument({ bytes: page, name: 'readout.txt' })).format).toBe('html');
    const fragment = new TextEncoder().encode(
      'Readout\n<p>Two ministers met today in Tokyo and agreed to meet again.</p>',
    );
    expect((await extractDocument({ bytes: fragment })).format).toBe('text');
    expect((await extractDocument({ bytes: fragment, contentType: 'text/html' })).format).toBe(
      'html',
    );
  });

  it('names the publisher by the page’s host, whatever its site name says', async () => {
    const { text } = await extractPage('state-readout');
    expect(text.split('\n')[2]).toBe('U.S. Department of State');
    const url = 'https://www.defense.gov/News/Releases/Release/Article/1/';
    const html = new TextEncoder().encode(
      '<!DOCTYPE html><html><head><meta property="og:site_name" content="Somewhere"></head><body><h1>Readout</h1><p>May 5, 2022</p><p>The Secretary met the Minister today and the two discussed the Alliance at length.</p></body></html>',
    );
    expect((await extractDocument({ bytes: html, name: url })).text).toMatch(
      /^Readout\nMay 5, 2022\nU\.S\. Department of Defense\n/,
    );
    expect((await extractDocument({ bytes: html })).text.split('\n')[2]).toBe('Somewhere');
    const saved = new TextEncoder().encode(
      `<!DOCTYPE html>\n<!-- saved from url=(0040)https://www.mofa.go.jp/na/st/page1.html -->\n${new TextDecoder().decode(html).replace('<!DOCTYPE html>', '')}`,
    );
    expect((await extractDocument({ bytes: saved })).text.split('\n')[2]).toBe(
      'Ministry of Foreign Affairs of Japan',
    );
  });
});

describe('hintOf()', () => {
  it('knows each official publisher by its host and subdomains, and no look-alike', () => {
    expect(hintOf('https://www.mod.go.jp/en/article/2022/05/x.html')?.publisher).toBe(
      'Ministry of Defense',
    );
    expect(hintOf('https://www.mofa.go.jp/na/st/page4e_001501.html')?.publisher).toBe(
      'Ministry of Foreign Affairs of Japan',
    );
    expect(hintOf('https://japan.kantei.go.jp/105/actions/x.html')?.publisher).toBe(
      'Prime Minister’s Office of Japan',
    );
    expect(hintOf('https://www.whitehouse.gov/briefing-room/')?.publisher).toBe('The White House');
    expect(hintOf('https://jp.usembassy.gov/x/')?.publisher).toBe(
      'U.S. Embassy & Consulates in Japan',
    );
    expect(hintOf('https://mofa.go.jp.example.com/x')).toBeNull();
    expect(hintOf('https://notstate.gov/x')).toBeNull();
    expect(hintOf('/home/analyst/page.html')).toBeNull();
  });
});
