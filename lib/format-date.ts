import { format, parse } from 'date-fns';

/** "2022-05-04" → "4 May 2022". */
export function formatDate(isoDate: string): string {
  return format(parse(isoDate, 'yyyy-MM-dd', new Date(2000, 0, 1)), 'd MMMM yyyy');
}
