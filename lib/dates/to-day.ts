/** `YYYY-MM-DD` of the UTC day a time falls in. */
export function toDay(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

/** `YYYY-MM-DD` of the last UTC day a window ending at `end` reaches into. */
export function toLastDay(end: number): string {
  return toDay(end - 1);
}
