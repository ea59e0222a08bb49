/**
 * The dashboard's URL with an event selected, in a window of the years around it
 * (`/?from=2021-01-01&to=2023-12-31&event=…`).
 */
export function createTimelineLink(id: string, date: string): string {
  const year = Number(date.slice(0, 4));
  const params = new URLSearchParams({
    from: `${year - 1}-01-01`,
    to: `${year + 1}-12-31`,
    event: id,
  });
  return `/?${params}`;
}
