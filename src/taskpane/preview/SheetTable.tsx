import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { columnLetters, type CellRef } from '../../core/a1';
import type { ShownLook } from '../../hosts/memory/shownLooks';
import { shownValue } from '../shownValue';
import type { Shown } from './readShown';

// Excel's standard column width (8.43 characters) in pixels, for a column the sheet never sized.
const STANDARD_WIDTH = 64;
const ROW_HEADING_WIDTH = 40;

const useStyles = makeStyles({
  table: { borderCollapse: 'collapse', tableLayout: 'fixed', fontSize: tokens.fontSizeBase200 },
  cell: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: '2px 6px',
    whiteSpace: 'nowrap',
    overflow: 'hidden',
  },
  // Text runs over the empty cells to its right, as in Excel (numbers never do).
  spills: { overflow: 'visible' },
  head: {
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground3,
    textAlign: 'center',
  },
  selected: { outline: `2px solid ${tokens.colorBrandStroke1}`, outlineOffset: '-2px' },
});

/** A cell's own colours as inline style: they are the workbook's data, not the pane's theme. */
const paint = (look: ShownLook | undefined) =>
  look && (look.fill || look.fontColor)
    ? { backgroundColor: look.fill ?? undefined, color: look.fontColor ?? undefined }
    : undefined;

const isEmpty = (v: unknown) => v === null || v === undefined || v === '';

/**
 * The cells of one sheet as an HTML table with Excel's row and column headings, each column as
 * wide as in the sheet (fixed, so a long title does not widen its column) and text running over
 * the empty cells to its right as Excel shows it.
 */
export function SheetTable({ shown, picked }: { shown: Shown; picked: CellRef | null }) {
  const styles = useStyles();
  const { grid, formats, looks, widths } = shown;
  const cols = Math.max(0, ...grid.values.map((r) => r.length));
  const width = (c: number) => widths[c] ?? STANDARD_WIDTH;
  const total =
    ROW_HEADING_WIDTH + Array.from({ length: cols }, (_, c) => width(c)).reduce((a, b) => a + b, 0);
  const head = `${styles.cell} ${styles.head}`;
  const isPicked = (r: number, c: number) =>
    picked?.row === grid.origin.row + r && picked.col === grid.origin.col + c;
  const spills = (row: readonly unknown[], c: number) =>
    typeof row[c] === 'string' && isEmpty(row[c + 1]);
  // mergeClasses, so the later class's overflow wins over the cell's (atomic CSS classes).
  const cellClass = (row: readonly unknown[], r: number, c: number) =>
    mergeClasses(styles.cell, spills(row, c) && styles.spills, isPicked(r, c) && styles.selected);
  return (
    <table className={styles.table} style={{ width: total }}>
      <colgroup>
        <col style={{ width: ROW_HEADING_WIDTH }} />
        {Array.from({ length: cols }, (_, c) => (
          <col key={c} style={{ width: width(c) }} />
        ))}
      </colgroup>
      <thead>
        <tr>
          <th className={head} />
          {Array.from({ length: cols }, (_, c) => (
            <th key={c} className={head}>
              {columnLetters(grid.origin.col + c)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {grid.values.map((row, r) => (
          <tr key={r}>
            <th className={head}>{grid.origin.row + r + 1}</th>
            {Array.from({ length: cols }, (_, c) => (
              <td
                key={c}
                className={cellClass(row, r, c)}
                data-selected={isPicked(r, c) ? 'true' : undefined}
                title={grid.formulas[r]?.[c] ?? undefined}
                style={paint(looks[r]?.[c])}
              >
                {shownValue(row[c] ?? null, formats[r]?.[c])}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
