import type { DiffPart } from '@/lib/compare/create-word-diff';

/** What a screen reader hears around a change, in the page's language. */
export interface DiffWords {
  /** Before added words: "[added: ". */
  added: string;
  /** Before removed words: "[removed: ". */
  removed: string;
  /** After either: "]". */
  end: string;
}

const ENGLISH: DiffWords = { added: '[added: ', removed: '[removed: ', end: ']' };

/**
 * A redline: added words in `<ins>`, removed words in `<del>`, each with a visually hidden
 * "added"/"removed" for screen readers, which do not announce the marks themselves. The parts are
 * the statements' own words, so the redline is marked with their language (`lang`).
 */
export function DiffText({
  parts,
  words = ENGLISH,
  lang,
}: {
  parts: DiffPart[];
  words?: DiffWords;
  lang?: string;
}) {
  return (
    <p className="redline">
      {parts.map((part, index) =>
        part.added ? (
          <ins key={index}>
            <span className="visually-hidden">{words.added}</span>
            <span lang={lang}>{part.value}</span>
            <span className="visually-hidden">{words.end}</span>
          </ins>
        ) : part.removed ? (
          <del key={index}>
            <span className="visually-hidden">{words.removed}</span>
            <span lang={lang}>{part.value}</span>
            <span className="visually-hidden">{words.end}</span>
          </del>
        ) : (
          <span key={index} lang={lang}>
            {part.value}
          </span>
        ),
      )}
    </p>
  );
}
