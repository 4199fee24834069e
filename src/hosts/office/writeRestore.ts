import { sheetPlan, type SheetPlan, type WorkbookPlan } from '../../core/plan';
import { EMPTY_BACKUP, encodeBackup, restorePlan, type Backup } from '../../core/plan/backup';
import { chartNamesOf, loadChartNames } from './chartNames';
import { flush } from './flush';
import { guarded } from './guarded';
import { sheetWrites } from './sheetWrites';
import type { ChartsBySheet, RunBatch } from './types';

/**
 * Writes a restore plan in one batch (two syncs more when charts go) and answers the sheets it
 * deleted; `emptyBackupRows` also blanks the stored backup. After a failed run, `chartsBefore`
 * says which charts each sheet had: every other one is this run's, perhaps half-made (Excel
 * names it "Chart 1" until the rename lands), and is deleted.
 */
export async function writeRestore(
  run: RunBatch,
  backup: Backup,
  emptyBackupRows?: number,
  chartsBefore?: ChartsBySheet,
): Promise<string[]> {
  const plan = withChartSheets(restorePlan(backup), chartsBefore);
  return guarded(
    run,
    plan.sheets.map((s) => s.sheet),
    async (context) => {
      const collection = context.workbook.worksheets;
      collection.load('items/name');
      await context.sync();
      const existing = new Set(collection.items.map((ws) => ws.name));
      const onSheets = plan.sheets.filter((sp) => existing.has(sp.sheet));
      const charts = loadChartNames(
        context,
        onSheets
          .filter((sp) => sp.removeCharts?.length || chartsBefore?.has(sp.sheet))
          .map((sp) => sp.sheet),
      );
      if (charts.size > 0) await context.sync();
      const writes = onSheets.flatMap((sp) => {
        const now = chartNamesOf(charts, sp.sheet);
        const before = chartsBefore?.get(sp.sheet);
        const removeCharts = before
          ? [...now].filter((n) => !before.has(n))
          : (sp.removeCharts ?? []);
        return sheetWrites({ ...sp, removeCharts }, 'existing', false, now);
      });
      if (emptyBackupRows !== undefined)
        writes.push(...sheetWrites(encodeBackup(EMPTY_BACKUP, emptyBackupRows), 'existing'));
      const deleted = plan.deleteSheets.filter((s) => existing.has(s));
      for (const s of deleted)
        writes.push({ bytes: 60, run: (c) => c.workbook.worksheets.getItem(s).delete() });
      await flush(context, writes);
      return deleted;
    },
  );
}

/** The restore plan with a sheet plan for every sheet whose charts are checked after a failure. */
function withChartSheets(restore: WorkbookPlan, chartsBefore?: ChartsBySheet): WorkbookPlan {
  const extra = [...(chartsBefore?.keys() ?? [])].filter(
    (sheet) => !restore.sheets.some((sp) => sp.sheet === sheet),
  );
  const sheets: SheetPlan[] = [...restore.sheets, ...extra.map((sheet) => sheetPlan(sheet))];
  return { ...restore, sheets };
}
