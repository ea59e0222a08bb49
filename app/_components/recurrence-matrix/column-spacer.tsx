/** Stands in for the columns not rendered, so the table keeps its full width (`width` px; none at 0). */
export function ColumnSpacer({ width, header = false }: { width: number; header?: boolean }) {
  if (!width) return null;
  const Cell = header ? 'th' : 'td';
  return (
    <Cell
      className="matrix-spacer"
      aria-hidden="true"
      style={{ width, minWidth: width, maxWidth: width }}
    />
  );
}
