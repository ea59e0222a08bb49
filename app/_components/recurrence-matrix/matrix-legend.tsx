import type { RecurrenceMark } from '@/lib/recurrence/compute-recurrence';
import { MARK_SYMBOLS } from '@/lib/recurrence/mark-labels';
import type { MatrixWords } from './matrix-words';

/** What the cells' symbols and shading mean. */
export function MatrixLegend({
  words,
}: {
  words: Pick<MatrixWords, 'legend' | 'marks' | 'darker'>;
}) {
  return (
    <ul className="matrix-legend" aria-label={words.legend}>
      {(Object.keys(MARK_SYMBOLS) as RecurrenceMark[]).map((mark) => (
        <li key={mark}>
          <span className="matrix-legend-symbol" aria-hidden="true">
            {MARK_SYMBOLS[mark]}
          </span>{' '}
          {words.marks[mark]}
        </li>
      ))}
      <li>
        <span className="matrix-legend-scale" aria-hidden="true" /> {words.darker}
      </li>
    </ul>
  );
}
