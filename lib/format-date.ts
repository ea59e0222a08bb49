import { UTCDate } from '@date-fns/utc';
import { format } from 'date-fns';

/** "2022-05-04" → "4 May 2022", whatever the reader's time zone. */
export function formatDate(isoDate: string): string {
  return format(new UTCDate(`${isoDate}T00:00:00Z`), 'd MMMM yyyy');
}
