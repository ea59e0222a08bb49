import type { Comparison, ComparisonColumn } from '../compare/create-comparison';
import type { DiffPart } from '../compare/create-word-diff';
import { findPhraseVariantsOfEvent } from '../compare/find-phrase-variants-of-event';
import type { Theme } from '../types';
import { comparisonExportWordsOf, type ComparisonExportWords } from './comparison-export-words';

/** What an export says about itself beyond the comparison. */
export interface ExportContext {
  theme: Theme;
  /** Date of export, `YYYY-MM-DD`. */
  exportedOn: string;
  /** The comparison's permalink, absolute. */
  permalink: string;
  /** The words the file is headed with; English by default. */
  words?: ComparisonExportWords;
}

/**
 * A comparison as Markdown: each event's statements with speakers, the changes as a redline
 * (`~~removed~~`, `**added**`), and the table of formula-phrase variants.
 */
export function createComparisonMarkdown(comparison: Comparison, context: ExportContext): string {
  const words = context.words ?? comparisonExportWordsOf();
  return [
    `# ${words.heading(words.theme(context.theme))}`,
    words.exported(words.date(context.exportedOn), context.permalink),
    words.intro(comparison.baseline && describeEvent(comparison, comparison.baseline, words)),
    ...comparison.columns.map((column) => describeColumn(comparison, column, words)),
    ...describePhrases(comparison, words),
  ].join('\n\n');
}

function describeColumn(
  comparison: Comparison,
  column: ComparisonColumn,
  words: ComparisonExportWords,
): string {
  const { event } = column;
  const change = comparison.changes.find((candidate) => candidate.to === event.id);
  const source = event.sources[0];
  return [
    `## ${words.date(event.date)}${words.colon}${escapeMarkdown(words.title(event))}`,
    `${words.kind(event.kind)} · ${event.provenance === 'summary' ? words.summary : words.officialText}${source ? ` · ${formatSourceLink(source.publisher, source.url)}` : ''}`,
    column.statements.length
      ? column.statements
          .map(
            (statement) =>
              `- **${words.speaker(statement.speaker)}${words.colon.trim()}** ${escapeMarkdown(statement.text)}`,
          )
          .join('\n')
      : words.noStatements,
    ...(change
      ? [
          `${words.changesFrom(describeEvent(comparison, change.from, words))}\n\n> ${formatRedline(change.parts)}`,
        ]
      : []),
  ].join('\n\n');
}

function describePhrases(comparison: Comparison, words: ComparisonExportWords): string[] {
  if (!comparison.phrases.length) return [];
  const header = `| ${words.event} | ${comparison.phrases.map((phrase) => escapeMarkdown(phrase.label)).join(' | ')} |`;
  const rule = `| --- | ${comparison.phrases.map(() => '---').join(' | ')} |`;
  const rows = comparison.columns.map(({ event }) => {
    const cells = comparison.phrases.map((phrase) =>
      findPhraseVariantsOfEvent(phrase, event.id)
        .map((variant) => `${escapeMarkdown(variant.text)}${variant.first ? words.firstUse : ''}`)
        .join('; '),
    );
    return `| ${words.date(event.date)}${words.colon}${escapeMarkdown(words.title(event))} | ${cells.map((cell) => cell || '—').join(' | ')} |`;
  });
  return [`## ${words.phrases}`, [header, rule, ...rows].join('\n')];
}

function formatRedline(parts: DiffPart[]): string {
  return parts
    .map((part) => {
      const value = escapeMarkdown(part.value);
      if (!value.trim()) return value;
      if (part.added) return wrapKeepingSpace(value, '**');
      if (part.removed) return wrapKeepingSpace(value, '~~');
      return value;
    })
    .join('');
}

/** Markdown emphasis must hug its words: " word " → " **word** ". */
function wrapKeepingSpace(value: string, mark: string): string {
  const [, lead = '', words = '', trail = ''] = /^(\s*)([\s\S]*?)(\s*)$/.exec(value) ?? [];
  return `${lead}${mark}${words}${mark}${trail}`;
}

function describeEvent(comparison: Comparison, id: string, words: ComparisonExportWords): string {
  const event = comparison.columns.find((column) => column.event.id === id)?.event;
  return event
    ? `${escapeMarkdown(words.title(event))}${words.comma}${words.date(event.date)}`
    : id;
}

/** A link only to a web address, its target angle-bracketed with anything that could end it encoded. */
function formatSourceLink(publisher: string, url: string): string {
  if (!/^https?:\/\//i.test(url)) return escapeMarkdown(publisher);
  return `[${escapeMarkdown(publisher)}](<${encodeLinkTarget(url)}>)`;
}

// Byte by byte through UTF-8, so a lone surrogate becomes U+FFFD instead of throwing.
function encodeLinkTarget(url: string): string {
  return url.replace(/[^\x21-\x7e]|[<>()\\`]/gu, (char) =>
    Array.from(
      UTF8.encode(char),
      (byte) => `%${byte.toString(16).toUpperCase().padStart(2, '0')}`,
    ).join(''),
  );
}

const UTF8 = new TextEncoder();

function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_~|[\]<>#]/g, '\\$&');
}
