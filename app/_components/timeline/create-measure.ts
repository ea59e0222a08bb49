import { GEOMETRY } from './draw-timeline';

/** Text widths in the label font, in CSS pixels, measured once each on an offscreen canvas. */
export function createMeasure(): (text: string) => number {
  const cache = new Map<string, number>();
  let context: CanvasRenderingContext2D | null = null;
  return (text) => {
    let width = cache.get(text);
    if (width === undefined) {
      context ??=
        typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
      if (context) context.font = GEOMETRY.font;
      width = context ? context.measureText(text).width : text.length * 6.5;
      cache.set(text, width);
    }
    return width;
  };
}
