import { Document, isScalar, parse, visit } from 'yaml';

/** An event file split into its front matter (not yet validated) and its body. */
export interface EventFileParts {
  frontMatter: unknown;
  body: string;
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/;

/**
 * Splits `---` YAML front matter from the Markdown body.
 * Throws an Error whose message says what is wrong (no front matter, bad YAML and its line).
 */
export function parseEventFile(text: string): EventFileParts {
  const match = FRONT_MATTER.exec(text.replace(/^\uFEFF/, ''));
  if (!match) throw new Error('has no YAML front matter: it must start with a line "---"');
  try {
    return { frontMatter: parse(match[1] ?? '', { prettyErrors: true }), body: match[2] ?? '' };
  } catch (error) {
    throw new Error(`has front matter that is not valid YAML: ${firstLine(error)}`);
  }
}

/** Dates, times and offsets, quoted so that no YAML reader takes them for numbers or dates. */
const QUOTED = /^(?:\d{4}-\d{2}-\d{2}|\d{2}:\d{2}|[+-]\d{2}:\d{2})$/;

/** Writes front matter and body back into one file's text. */
export function formatEventFile(frontMatter: object, body: string): string {
  const document = new Document(frontMatter);
  visit(document, {
    Scalar(_, node) {
      if (isScalar(node) && typeof node.value === 'string' && QUOTED.test(node.value)) {
        node.type = 'QUOTE_DOUBLE';
      }
    },
  });
  return `---\n${document.toString({ lineWidth: 0 })}---\n\n${body.trim()}\n`;
}

function firstLine(error: unknown): string {
  return String(error instanceof Error ? error.message : error).split('\n')[0] ?? '';
}
