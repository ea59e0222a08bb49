import { ROW_SORTS, type RowSort } from '@/lib/recurrence/sort-recurrence-rows';
import type { MatrixWords } from './matrix-words';

/** Props of the matrix's heading and row-order control. */
export interface MatrixToolbarProps {
  /** Id of the heading, which names the section and the grid. */
  titleId: string;
  title: string;
  sort: RowSort;
  onSortChange: (sort: RowSort) => void;
  words: Pick<MatrixWords, 'sortBy' | 'sorts'>;
}

/** The matrix's heading, and the select that orders its rows. */
export function MatrixToolbar({ titleId, title, sort, onSortChange, words }: MatrixToolbarProps) {
  return (
    <div className="matrix-toolbar">
      <h2 id={titleId}>{title}</h2>
      <label>
        {words.sortBy}{' '}
        <select value={sort} onChange={(event) => onSortChange(event.target.value as RowSort)}>
          {ROW_SORTS.map((value) => (
            <option key={value} value={value}>
              {words.sorts[value]}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
