/** Stands in for `rows` rows of `height` px not rendered (off screen), so the table keeps its full height. */
export function RowSpacer({ rows, height }: { rows: number; height: number }) {
  return (
    <tr className="matrix-row-spacer" aria-hidden="true" style={{ height: rows * height }}>
      <td />
    </tr>
  );
}
