import { sheetPlan, type SheetPlan, type WorkbookPlan } from '../../core/plan';
import { EMPTY_BACKUP, encodeBackup, restorePlan, type Backup } from '../../core/plan/backup';
import { chartsOf, loadChartNames } from './chartNames';
import { flush } from './flush';
import { guarded } from './guarded';
import { sheetWrites } from './sheetWrites';
import type { ChartsBySheet, RunBatch } from './types';

/**
 * Writes a restore plan in one batch (two syncs more when charts go) and answers the sheets it
 * deleted; `emptyBackupRows` also blanks the stored backup. After a failed run, `chartsBefore`
 * says which charts each sheet had: every other one is this run's, perhaps half-made (Excel
 * names it "Chart 1" until the rename lands), and is deleted by its id. Contents go back before
 * number formats, so a formula the team typed before formatting its column as Text comes back.
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
        const now = chartsOf(charts, sp.sheet);
        const before = chartsBefore?.get(sp.sheet);
        if (!before)
          return sheetWrites(sp, 'existing', { existingCharts: now, contentsFirst: true });
        // After a failed run every chart whose id was not there before is the run's own.
        const added = now.filter((ch) => !before.has(ch.id));
        return [
          ...sheetWrites({ ...sp, removeCharts: [] }, 'existing', { contentsFirst: true }),
          ...added.map((ch) => ({ bytes: 60, run: () => ch.delete() })),
        ];
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
