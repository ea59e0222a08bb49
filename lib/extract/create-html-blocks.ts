import type { TextBlock } from './create-plain-text';

const HEADING = /^H[1-6]$/;
/** Elements whose content is one paragraph, whatever inline markup it holds. */
const PARAGRAPH = new Set(['P', 'BLOCKQUOTE', 'PRE', 'DD', 'DT', 'TD', 'TH', 'CAPTION', 'ADDRESS']);
const BLOCK = new Set([
  ...PARAGRAPH,
  'DIV',
  'SECTION',
  'ARTICLE',
  'MAIN',
  'UL',
  'OL',
  'LI',
  'DL',
  'TABLE',
  'TBODY',
  'THEAD',
  'TR',
  'HR',
  'HEADER',
  'FOOTER',
  'NAV',
  'ASIDE',
  'FIGURE',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
]);

/**
 * The headings and paragraphs of an article's element, in order: `<h1>`-`<h6>` are headings;
 * `<p>`, list items and other blocks are paragraphs, `<br>` breaking their lines; the items of a
 * numbered list keep their numbers ("1. Regional affairs"), as the page shows them.
 */
export function createHtmlBlocks(root: Element): TextBlock[] {
  const blocks: TextBlock[] = [];
  walk(root, blocks);
  return blocks;
}

function walk(element: Element, blocks: TextBlock[]): void {
  if (HEADING.test(element.tagName)) return push(blocks, 'heading', inlineText(element));
  if (PARAGRAPH.has(element.tagName) || !hasBlockChild(element))
    return push(blocks, 'paragraph', inlineText(element));
  if (element.tagName === 'OL') return walkList(element, blocks);
  let loose: Node[] = [];
  const flush = () => {
    push(blocks, 'paragraph', inlineText(...loose));
    loose = [];
  };
  for (const child of element.childNodes) {
    if (isBlock(child)) {
      flush();
      walk(child as Element, blocks);
    } else loose.push(child);
  }
  flush();
}

/** A numbered list: each item's first block takes the number the page shows. */
function walkList(list: Element, blocks: TextBlock[]): void {
  let number = Number(list.getAttribute('start') ?? 1) || 1;
  for (const item of list.children) {
    if (item.tagName !== 'LI') continue;
    const start = blocks.length;
    walk(item, blocks);
    const first = blocks[start];
    if (first) first.text = `${markerOf(number, list.getAttribute('type'))} ${first.text}`;
    number = Number(item.getAttribute('value') ?? number) + 1;
  }
}

function markerOf(number: number, type: string | null): string {
  if (type === 'a' || type === 'A') {
    const letter = String.fromCharCode(96 + number);
    return `(${type === 'A' ? letter.toUpperCase() : letter})`;
  }
  if (type === 'i' || type === 'I') {
    const roman = toRoman(number);
    return `${type === 'i' ? roman.toLowerCase() : roman}.`;
  }
  return `${number}.`;
}

function toRoman(number: number): string {
  const numerals: [number, string][] = [
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let rest = number;
  let roman = '';
  for (const [value, numeral] of numerals) {
    while (rest >= value) {
      roman += numeral;
      rest -= value;
    }
  }
  return roman;
}

function isBlock(node: Node): boolean {
  return node.nodeType === 1 && BLOCK.has((node as Element).tagName);
}

function hasBlockChild(element: Element): boolean {
  return [...element.childNodes].some(isBlock);
}

function push(blocks: TextBlock[], kind: TextBlock['kind'], text: string): void {
  if (text) blocks.push({ kind, text });
}

/** The text of inline content: white space collapsed, a line per `<br>`, empty lines dropped. */
function inlineText(...nodes: Node[]): string {
  const raw = nodes.map(rawText).join('');
  return raw
    .split('\n')
    .map((line) => line.replace(/[ \t\r\f\u00a0]+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

function rawText(node: Node): string {
  if (node.nodeType === 3) return (node.textContent ?? '').replace(/\n/g, ' ');
  if (node.nodeType !== 1) return '';
  if ((node as Element).tagName === 'BR') return '\n';
  return [...node.childNodes].map(rawText).join('');
}
