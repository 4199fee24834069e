import { makeStyles, tokens } from '@fluentui/react-components';
import { columnLetters, type CellRef } from '../../core/a1';
import type { ShownLook } from '../../hosts/memory/shownLooks';
import { shownValue } from '../shownValue';
import type { Shown } from './readShown';

const useStyles = makeStyles({
  table: { borderCollapse: 'collapse', fontSize: tokens.fontSizeBase200 },
  cell: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: '2px 6px',
    whiteSpace: 'nowrap',
  },
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

/** The cells of one sheet as an HTML table with Excel's row and column headings. */
export function SheetTable({ shown, picked }: { shown: Shown; picked: CellRef | null }) {
  const styles = useStyles();
  const { grid, formats, looks, widths } = shown;
  const cols = Math.max(0, ...grid.values.map((r) => r.length));
  const head = `${styles.cell} ${styles.head}`;
  const isPicked = (r: number, c: number) =>
    picked?.row === grid.origin.row + r && picked.col === grid.origin.col + c;
  return (
    <table className={styles.table}>
      <colgroup>
        <col />
        {Array.from({ length: cols }, (_, c) => (
          <col key={c} style={widths[c] ? { width: widths[c] } : undefined} />
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
                className={isPicked(r, c) ? `${styles.cell} ${styles.selected}` : styles.cell}
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
