/**
 * Share of the theme's colour in the background of a cell of `count` statements, in % from 14
 * (one statement among many) to 55 (`maxCount`): the square root eases small counts apart.
 */
export function shadeOf(count: number, maxCount: number): number {
  return Math.round(14 + 41 * Math.sqrt(count / maxCount));
}
