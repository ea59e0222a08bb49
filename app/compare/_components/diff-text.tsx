import type { DiffPart } from '@/lib/compare/create-word-diff';

/**
 * A redline: added words in `<ins>`, removed words in `<del>`, each with a visually hidden
 * "added"/"removed" for screen readers, which do not announce the marks themselves.
 */
export function DiffText({ parts }: { parts: DiffPart[] }) {
  return (
    <p className="redline">
      {parts.map((part, index) =>
        part.added ? (
          <ins key={index}>
            <span className="visually-hidden">[added: </span>
            {part.value}
            <span className="visually-hidden">]</span>
          </ins>
        ) : part.removed ? (
          <del key={index}>
            <span className="visually-hidden">[removed: </span>
            {part.value}
            <span className="visually-hidden">]</span>
          </del>
        ) : (
          <span key={index}>{part.value}</span>
        ),
      )}
    </p>
  );
}
