import { Fragment, type ReactNode } from 'react';

/**
 * A message's `{name}`s given elements or text, in the message's own order (which the languages
 * do not share: "{theme} in {event}", "{event}での{theme}"). A `{name}` without a part stays as is.
 */
export function placeWords(template: string, parts: Record<string, ReactNode>): ReactNode[] {
  return template
    .split(/(\{\w+\})/)
    .map((piece, index) =>
      /^\{\w+\}$/.test(piece) ? (
        <Fragment key={index}>{parts[piece.slice(1, -1)] ?? piece}</Fragment>
      ) : (
        piece
      ),
    );
}
