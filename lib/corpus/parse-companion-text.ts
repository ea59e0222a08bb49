import { CORPUS_PARSE_OPTIONS } from './corpus-schema';
import {
  companionFrontMatterSchema,
  type CompanionFrontMatter,
  type CompanionLanguage,
} from './companion-text-schema';
import { parseEventFile } from './event-file';
import { findQuotationProblems } from './find-quotation-problems';

/** A companion text read and validated: its language, front matter and body. */
export interface CompanionText {
  language: CompanionLanguage;
  frontMatter: CompanionFrontMatter;
  body: string;
}

/**
 * A companion text's file read and validated; null with `problems` (each naming `file` and the
 * field) where it is not valid. Its sources must be in its own language, and a summary may quote
 * only short phrases, as in an event file.
 */
export function parseCompanionText(
  file: string,
  language: CompanionLanguage,
  text: string,
  problems: string[],
): CompanionText | null {
  const found: string[] = [];
  try {
    const parts = parseEventFile(text);
    const result = companionFrontMatterSchema.safeParse(parts.frontMatter, CORPUS_PARSE_OPTIONS);
    if (!result.success) {
      for (const issue of result.error.issues)
        found.push(
          `${issue.path.length ? issue.path.join('.') : '(front matter)'}: ${issue.message}`,
        );
    } else {
      result.data.sources.forEach((source, index) => {
        if (source.language !== language)
          found.push(`sources.${index}.language: must be "${language}", the language of this text`);
      });
      if (!parts.body.trim()) found.push('body: is empty; the companion text needs its text');
      else if (result.data.provenance === 'summary')
        found.push(...findQuotationProblems(parts.body));
    }
    problems.push(...found.map((problem) => `${file}: ${problem}`));
    if (found.length || !result.success) return null;
    return { language, frontMatter: result.data, body: parts.body };
  } catch (error) {
    problems.push(`${file}: ${error instanceof Error ? error.message : String(error)}`);
    return null;
  }
}
