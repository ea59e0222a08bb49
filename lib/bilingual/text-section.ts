import type { Statement } from '../types';

/** One section of a text: its heading, the statements under it and the themes they raise. */
export interface TextSection {
  /** The heading as written; null for the text before the first heading. */
  title: string | null;
  statements: Statement[];
  /** Theme ids in taxonomy order (the statements' order where no order is given). */
  themes: string[];
}

/** A text's statements grouped into its sections, in document order. */
export function sectionsOf(statements: Statement[], themeOrder: string[] = []): TextSection[] {
  const sections: TextSection[] = [];
  for (const statement of statements) {
    const last = sections.at(-1);
    if (last && last.title === statement.section) last.statements.push(statement);
    else sections.push({ title: statement.section, statements: [statement], themes: [] });
  }
  return sections.map((section) => ({
    ...section,
    themes: inOrder(
      section.statements.flatMap((statement) => statement.themes),
      themeOrder,
    ),
  }));
}

/** Distinct theme ids, in `themeOrder` where it names them, else in the order they come. */
export function inOrder(themes: string[], themeOrder: string[]): string[] {
  const rank = (id: string) => {
    const index = themeOrder.indexOf(id);
    return index < 0 ? themeOrder.length : index;
  };
  return [...new Set(themes)].sort((a, b) => rank(a) - rank(b));
}
