import type { WorkbookPlan } from '../../core/plan';
import { backupCellCount, encodeBackup } from '../../core/plan/backup';
import type { ApplyResult } from '../types';
import { flush } from './flush';
import { sheetWrites } from './sheetWrites';
import { snapshotBefore, type Before } from './snapshotBefore';

/** How far a run got: once the snapshot is taken, a failure can be rolled back from it. */
export interface Progress {
  before?: Before;
}

/**
 * One command in one Excel.run: two syncs to snapshot what the plan overwrites, then one sync
 * of writes (more only for plans over the request budget), the backup before the plan.
 * `pageLayout` is ExcelApi 1.9: print layout, and the fill read that tells white from none.
 */
export async function applyBatch(
  context: Excel.RequestContext,
  plan: WorkbookPlan,
  pageLayout: boolean,
  progress: Progress,
): Promise<ApplyResult> {
  const before = await snapshotBefore(context, plan, pageLayout);
  progress.before = before;
  const { existing, backup, charts } = before;
  const writes = [encodeBackup(backup, before.previousRows), ...plan.sheets].flatMap((sp) =>
    sheetWrites(
      sp,
      existing.has(sp.sheet) ? 'existing' : 'add',
      pageLayout,
      charts.get(sp.sheet) ?? new Set<string>(),
    ),
  );
  await flush(context, writes);
  return { backedUpCells: backupCellCount(backup), createdSheets: backup.createdSheets };
}
