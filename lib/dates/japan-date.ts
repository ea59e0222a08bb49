/**
 * The date in Japan (UTC+09:00, no daylight saving) when a meeting began at `startTime` (`HH:MM`)
 * on `date` (`YYYY-MM-DD`) at `utcOffset` (`±HH:MM`), if it is not `date`: a meeting in Washington
 * at 11:10 on 4 May 2022 began on 5 May in Japan. Undefined when it is the same day or unknown.
 */
export function japanDateOf(
  date: string,
  startTime: string | undefined,
  utcOffset: string | undefined,
): string | undefined {
  if (!startTime || !utcOffset) return undefined;
  const start = Date.parse(`${date}T${startTime}:00${utcOffset}`);
  if (Number.isNaN(start)) return undefined;
  const japan = new Date(start + 9 * 3_600_000).toISOString().slice(0, 10);
  return japan === date ? undefined : japan;
}
