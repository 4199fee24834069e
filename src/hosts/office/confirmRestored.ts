import { rangeAddress } from '../../core/a1';
import { matchesSnapshot } from '../../core/plan/backup';
import { chartIdsOf, loadChartNames } from './chartNames';
import { cellsOf } from './officeValues';
import type { Before } from './snapshotBefore';
import type { RunBatch } from './types';

/**
 * Whether the workbook holds again what the run's backup kept: every backed-up range has its
 * cells and number formats back, no sheet the run created is there and no chart it added. One
 * read request; a failure of the read itself answers false, since nothing is then confirmed.
 */
export async function confirmRestored(run: RunBatch, before: Before): Promise<boolean> {
  const { backup, charts } = before;
  try {
    return await run(async (context) => {
      const collection = context.workbook.worksheets;
      collection.load('items/name');
      const reads = backup.ranges.map((snapshot) => {
        const r = context.workbook.worksheets
          .getItem(snapshot.sheet)
          .getRange(rangeAddress(snapshot.range));
        r.load('values,formulas,numberFormat');
        return { snapshot, r };
      });
      const chartsNow = loadChartNames(context, [...charts.keys()]);
      await context.sync();
      const names = new Set(collection.items.map((ws) => ws.name));
      const addedChart = [...charts].some(([sheet, had]) =>
        [...chartIdsOf(chartsNow, sheet)].some((id) => !had.has(id)),
      );
      return (
        !backup.createdSheets.some((s) => names.has(s)) &&
        !addedChart &&
        reads.every(({ snapshot, r }) => matchesSnapshot(snapshot, cellsOf(r)))
      );
    });
  } catch {
    // Reading failed too: nothing says the workbook is back, so the caller must not say it is.
    return false;
  }
}
