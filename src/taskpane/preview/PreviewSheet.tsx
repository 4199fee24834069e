import { makeStyles, Tab, TabList, tokens } from '@fluentui/react-components';
import { useCallback, useState } from 'react';
import { columnLetters, parseCell, type CellRef } from '../../core/a1';
import type { Grid } from '../../core/grid';
import type { MemoryHost } from '../../hosts/memory/MemoryHost';
import type { WorkbookHost } from '../../hosts/types';
import { shownValue } from '../shownValue';
import { useWorkbookRead } from '../useWorkbookRead';

const useStyles = makeStyles({
  // Takes the room left beside the pane, or a line of its own when less than 280 px is left.
  wrap: {
    overflow: 'auto',
    padding: tokens.spacingHorizontalM,
    flex: '1 1 0',
    minWidth: '280px',
    maxWidth: '100%',
    boxSizing: 'border-box',
  },
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

type Selection = { sheet: string; address: string } | null;

/** A sheet as the preview shows it: its grid and the number format of each cell. */
interface Shown {
  readonly grid: Grid;
  readonly formats: readonly (readonly string[])[];
}

const visibleNames = async (host: WorkbookHost) =>
  (await host.listSheets()).filter((x) => x.visible).map((x) => x.name);

/** Reads a sheet with its number formats, so cells show as Excel shows them. */
async function readShown(host: MemoryHost, sheet: string): Promise<Shown | null> {
  const grid = await host.readSheet(sheet);
  if (!grid) return null;
  const cols = Math.max(0, ...grid.values.map((r) => r.length));
  const box = { row: grid.origin.row, col: grid.origin.col, rows: grid.values.length, cols };
  const formats = box.rows && box.cols ? host.readCells(sheet, box).numberFormats : [];
  return { grid, formats };
}

/** The cells of one sheet as an HTML table with Excel's row and column headings. */
function SheetTable({ shown, picked }: { shown: Shown; picked: CellRef | null }) {
  const styles = useStyles();
  const { grid, formats } = shown;
  const cols = Math.max(0, ...grid.values.map((r) => r.length));
  const head = `${styles.cell} ${styles.head}`;
  const isPicked = (r: number, c: number) =>
    picked?.row === grid.origin.row + r && picked.col === grid.origin.col + c;
  return (
    <table className={styles.table}>
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

/** A plain HTML view of the memory workbook beside the pane, so the preview shows what changes. */
export function PreviewSheet(props: {
  readonly host: MemoryHost;
  readonly version: number;
  readonly selection: Selection;
}) {
  const { host, version, selection } = props;
  const styles = useStyles();
  const names = useWorkbookRead(host, visibleNames, version) ?? [];
  const [picked, setPicked] = useState<string | null>(null);
  // A new selection (an issue clicked in the pane) shows its sheet; a tab click overrides it.
  const [seen, setSeen] = useState<Selection>(selection);
  if (selection !== seen) {
    setSeen(selection);
    if (selection) setPicked(selection.sheet);
  }
  const active = picked !== null && names.includes(picked) ? picked : (names[0] ?? null);
  const read = useCallback(
    (h: MemoryHost) => (active ? readShown(h, active) : Promise.resolve(null)),
    [active],
  );
  const shown = useWorkbookRead(host, read, version);
  const cell = selection && selection.sheet === active ? parseCell(selection.address) : null;
  return (
    <section className={styles.wrap} aria-label="preview" data-testid="preview">
      <TabList
        size="small"
        selectedValue={active ?? ''}
        onTabSelect={(_, d) => setPicked(String(d.value))}
      >
        {names.map((n) => (
          <Tab key={n} value={n}>
            {n}
          </Tab>
        ))}
      </TabList>
      {shown && shown.grid.sheet === active && <SheetTable shown={shown} picked={cell} />}
    </section>
  );
}
