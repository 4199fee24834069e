import type { WorkbookPlan } from '../../core/plan';
import { backupCellCount, encodeBackup } from '../../core/plan/backup';
import { issue, type Issue } from '../../core/issues';
import { reasonOf } from '../_lib/reasonOf';
import type { ApplyResult } from '../types';
import { sharedChartNames } from './chartWrites';
import { flush } from './flush';
import { sheetWrites } from './sheetWrites';
import { snapshotBefore, type Before } from './snapshotBefore';
import { confirmFormulas, loadWritten } from './textReadBack';

/** How far a run got: once the snapshot is taken, a failure can be rolled back from it. */
export interface Progress {
  before?: Before;
}

/**
 * One command in one Excel.run: two syncs to snapshot what the plan overwrites, then one sync
 * of writes (more only for plans over the request budget), the backup before the plan, which
 * also reads back the cells formatted as Text that received formulas. The cosmetics (widths,
 * merges, print layout, frozen panes) go in a last request of their own when the plan has any:
 * Excel can refuse them (freezeRows on some builds, office-js issue 2196) and their failure is a
 * warning, never a rollback of the data. `pageLayout` is ExcelApi 1.9: print layout, and the fill
 * read that tells white from none.
 */
export async function applyBatch(
  context: Excel.RequestContext,
  plan: WorkbookPlan,
  pageLayout: boolean,
  progress: Progress,
): Promise<ApplyResult> {
  const before = await snapshotBefore(context, plan, pageLayout);
  progress.before = before;
  const { existing, backup, chartsNow, retext, rules } = before;
  const writes = [encodeBackup(backup, before.previousRows), ...before.plan.sheets].flatMap((sp) =>
    sheetWrites(sp, existing.has(sp.sheet) ? 'existing' : 'add', {
      pageLayout,
      existingCharts: chartsNow.get(sp.sheet) ?? [],
      retext: retext.get(sp.sheet) ?? [],
      rulesInside: existing.has(sp.sheet) ? rules.deletable(sp.sheet) : [],
    }),
  );
  const written = loadWritten(context, retext);
  await flush(context, [...writes.filter((w) => !w.cosmetic), written.write]);
  confirmFormulas(written.ranges);
  const warnings: Issue[] = [...before.notes];
  warnings.push(
    ...plan.sheets.flatMap((sp) =>
      sharedChartNames(sp, chartsNow.get(sp.sheet) ?? []).map((name) =>
        issue('CHART_NAME_SHARED', 'warning', { sheet: sp.sheet }, { sheet: sp.sheet, name }),
      ),
    ),
  );
  const cosmetics = writes.filter((w) => w.cosmetic);
  try {
    await flush(context, cosmetics);
  } catch (e) {
    const sheet = plan.sheets.map((sp) => sp.sheet).join('、');
    warnings.push(
      issue('LAYOUT_NOT_APPLIED', 'warning', undefined, { sheet, reason: reasonOf(e) }),
    );
  }
  return {
    backedUpCells: backupCellCount(backup),
    createdSheets: backup.createdSheets,
    ...(warnings.length > 0 && { warnings }),
  };
}
