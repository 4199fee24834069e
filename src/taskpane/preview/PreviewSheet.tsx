import { makeStyles, Tab, TabList, tokens } from '@fluentui/react-components';
import { useCallback, useState } from 'react';
import { parseCell } from '../../core/a1';
import type { MemoryHost } from '../../hosts/memory/MemoryHost';
import type { WorkbookHost } from '../../hosts/types';
import { useWorkbookRead } from '../useWorkbookRead';
import { readShown } from './readShown';
import { SheetTable } from './SheetTable';

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
  // The sheet tabs stay in view when the table is scrolled across to the Gantt.
  tabs: { position: 'sticky', left: 0 },
});

type Selection = { sheet: string; address: string } | null;

const visibleNames = async (host: WorkbookHost) =>
  (await host.listSheets()).filter((x) => x.visible).map((x) => x.name);

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
        className={styles.tabs}
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
