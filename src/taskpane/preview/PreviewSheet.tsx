import { makeStyles, Tab, TabList, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { columnLetters, parseCell } from '../../core/a1';
import type { Grid } from '../../core/grid';
import type { MemoryHost } from '../../hosts/memory/MemoryHost';
import { shownValue } from '../shownValue';

const useStyles = makeStyles({
  wrap: { overflow: 'auto', padding: tokens.spacingHorizontalM, flexGrow: 1 },
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

/** A plain HTML view of the memory workbook beside the pane, so the preview shows what changes. */
export function PreviewSheet({
  host,
  version,
  selection,
}: {
  readonly host: MemoryHost;
  readonly version: number;
  readonly selection: { sheet: string; address: string } | null;
}) {
  const styles = useStyles();
  const [names, setNames] = useState<string[]>([]);
  const [active, setActive] = useState<string | null>(null);
  const [grid, setGrid] = useState<Grid | null>(null);
  const [formats, setFormats] = useState<readonly (readonly string[])[]>([]);
  useEffect(() => {
    void host.listSheets().then((s) => {
      const visible = s.filter((x) => x.visible).map((x) => x.name);
      setNames(visible);
      setActive((a) => (a && visible.includes(a) ? a : (visible[0] ?? null)));
    });
  }, [host, version]);
  useEffect(() => {
    if (!active) return;
    void host.readSheet(active).then((g) => {
      setGrid(g);
      const box = {
        row: g?.origin.row ?? 0,
        col: g?.origin.col ?? 0,
        rows: g?.values.length ?? 0,
        cols: Math.max(0, ...(g?.values ?? []).map((r) => r.length)),
      };
      setFormats(box.rows && box.cols ? host.readCells(active, box).numberFormats : []);
    });
  }, [host, active, version]);
  useEffect(() => {
    if (selection && names.includes(selection.sheet)) setActive(selection.sheet);
  }, [selection, names]);
  const picked = selection && selection.sheet === active ? parseCell(selection.address) : null;
  const cols = grid ? Math.max(0, ...grid.values.map((r) => r.length)) : 0;
  return (
    <section className={styles.wrap} aria-label="preview" data-testid="preview">
      <TabList
        size="small"
        selectedValue={active ?? ''}
        onTabSelect={(_, d) => setActive(String(d.value))}
      >
        {names.map((n) => (
          <Tab key={n} value={n}>
            {n}
          </Tab>
        ))}
      </TabList>
      {grid && (
        <table className={styles.table}>
          <thead>
            <tr>
              <th className={`${styles.cell} ${styles.head}`} />
              {Array.from({ length: cols }, (_, c) => (
                <th key={c} className={`${styles.cell} ${styles.head}`}>
                  {columnLetters(grid.origin.col + c)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {grid.values.map((row, r) => (
              <tr key={r}>
                <th className={`${styles.cell} ${styles.head}`}>{grid.origin.row + r + 1}</th>
                {Array.from({ length: cols }, (_, c) => (
                  <td
                    key={c}
                    className={
                      picked?.row === grid.origin.row + r && picked.col === grid.origin.col + c
                        ? `${styles.cell} ${styles.selected}`
                        : styles.cell
                    }
                    data-selected={
                      picked?.row === grid.origin.row + r && picked.col === grid.origin.col + c
                        ? 'true'
                        : undefined
                    }
                    title={grid.formulas[r]?.[c] ?? undefined}
                  >
                    {shownValue(row[c] ?? null, formats[r]?.[c])}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
