import type { Section } from '../types';

/**
 * Reads an event file's Markdown body: `## ` starts a section, blank lines separate paragraphs,
 * and the lines of one paragraph join with a space. Text before the first heading forms a section
 * whose title is null (left out when there is none).
 */
export function parseBody(body: string): Section[] {
  const sections: Section[] = [{ title: null, paragraphs: [] }];
  let lines: string[] = [];
  const flush = () => {
    if (lines.length) sections.at(-1)!.paragraphs.push(lines.join(' '));
    lines = [];
  };
  for (const line of body.split(/\r?\n/).map((text) => text.trim())) {
    const heading = /^##\s+(.+)$/.exec(line);
    if (heading) {
      flush();
      sections.push({ title: heading[1]!.trim(), paragraphs: [] });
    } else if (line) lines.push(line);
    else flush();
  }
  flush();
  return sections.filter((section) => section.title !== null || section.paragraphs.length);
}

/** The Markdown body for sections: the inverse of parseBody. */
export function formatBody(sections: Section[]): string {
  return sections
    .flatMap((section) => [
      ...(section.title === null ? [] : [`## ${section.title}`]),
      ...section.paragraphs,
    ])
    .join('\n\n');
}
