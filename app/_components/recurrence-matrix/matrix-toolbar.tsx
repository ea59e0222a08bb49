import { ROW_SORTS, ROW_SORT_LABELS, type RowSort } from '@/lib/recurrence/sort-recurrence-rows';

/** Props of the matrix's heading and row-order control. */
export interface MatrixToolbarProps {
  /** Id of the heading, which names the section and the grid. */
  titleId: string;
  title: string;
  sort: RowSort;
  onSortChange: (sort: RowSort) => void;
}

/** The matrix's heading, and the select that orders its rows. */
export function MatrixToolbar({ titleId, title, sort, onSortChange }: MatrixToolbarProps) {
  return (
    <div className="matrix-toolbar">
      <h2 id={titleId}>{title}</h2>
      <label>
        Sort rows by{' '}
        <select value={sort} onChange={(event) => onSortChange(event.target.value as RowSort)}>
          {ROW_SORTS.map((value) => (
            <option key={value} value={value}>
              {ROW_SORT_LABELS[value]}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
