import { sheetPlan, type SheetPlan, type WorkbookPlan } from '../../core/plan';
import {
  EMPTY_BACKUP,
  encodeBackup,
  restorePlan,
  ruleRanges,
  type Backup,
} from '../../core/plan/backup';
import { chartsOf, loadChartNames } from './chartNames';
import { flush } from './flush';
import { guarded } from './guarded';
import { loadRuleLists, resolveRules } from './ruleReads';
import { sheetWrites } from './sheetWrites';
import type { ChartsBySheet, RunBatch } from './types';

/** How a restore is written. */
export interface RestoreOptions {
  /** Also blank the stored backup, which used this many rows. */
  readonly emptyBackupRows?: number;
  /** After a failed run: the charts each sheet had before it. */
  readonly chartsBefore?: ChartsBySheet;
  /** ExcelApi 1.9: the print setup goes back too. */
  readonly pageLayout: boolean;
}

/**
 * Writes a restore plan in one batch (a sync more when charts go or rules may, one more when
 * rules are found: they are deleted one by one, see ruleReads) and answers the sheets it
 * deleted. After a failed run, `chartsBefore`
 * says which charts each sheet had: every other one is this run's, perhaps half-made (Excel
 * names it "Chart 1" until the rename lands), and is deleted by its id. Contents go back before
 * number formats, so a formula the team typed before formatting its column as Text comes back.
 */
export async function writeRestore(
  run: RunBatch,
  backup: Backup,
  options: RestoreOptions,
): Promise<string[]> {
  const { emptyBackupRows, chartsBefore, pageLayout } = options;
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
      const lists = loadRuleLists(
        context,
        onSheets.flatMap((sp) => ruleRanges(sp).map((box) => ({ sheet: sp.sheet, box }))),
      );
      if (charts.size > 0 || lists.size > 0) await context.sync();
      const rules = await resolveRules(context, lists);
      const writes = onSheets.flatMap((sp) => {
        const now = chartsOf(charts, sp.sheet);
        const before = chartsBefore?.get(sp.sheet);
        const rulesInside = rules.deletable(sp.sheet);
        if (!before)
          return sheetWrites(sp, 'existing', {
            existingCharts: now,
            contentsFirst: true,
            rulesInside,
            pageLayout,
          });
        // After a failed run every chart whose id was not there before is the run's own.
        const added = now.filter((ch) => !before.has(ch.id));
        return [
          ...sheetWrites({ ...sp, removeCharts: [] }, 'existing', {
            contentsFirst: true,
            rulesInside,
            pageLayout,
          }),
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
