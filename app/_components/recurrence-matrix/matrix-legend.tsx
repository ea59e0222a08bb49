import type { RecurrenceMark } from '@/lib/recurrence/compute-recurrence';
import { MARK_LABELS, MARK_SYMBOLS } from '@/lib/recurrence/mark-labels';

/** What the cells' symbols and shading mean. */
export function MatrixLegend() {
  return (
    <ul className="matrix-legend" aria-label="Legend">
      {(Object.keys(MARK_SYMBOLS) as RecurrenceMark[]).map((mark) => (
        <li key={mark}>
          <span className="matrix-legend-symbol" aria-hidden="true">
            {MARK_SYMBOLS[mark]}
          </span>{' '}
          {MARK_LABELS[mark]}
        </li>
      ))}
      <li>
        <span className="matrix-legend-scale" aria-hidden="true" /> darker: more statements
      </li>
    </ul>
  );
}
