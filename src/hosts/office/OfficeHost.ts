import type { Grid, SheetInfo } from '../../core/grid';
import { checkPlan, type WorkbookPlan } from '../../core/plan';
import { BACKUP_SHEET, backupCellCount, backupRows } from '../../core/plan/backup';
import { MissingSheetError } from '../errors';
import { storedBackup } from '../_lib/storedBackup';
import type { ApplyResult, RestoreResult, WorkbookHost } from '../types';
import { applyBatch, type Progress } from './applyBatch';
import { guarded } from './guarded';
import { toHostError } from './officeErrors';
import { readSheetIn, readSheetsIn } from './readSheetIn';
import { rollBack } from './rollBack';
import type { RunBatch } from './types';
import { writeRestore } from './writeRestore';

export { REQUEST_BUDGET_BYTES } from './requestBudget';
export type { RunBatch } from './types';

/**
 * The add-in's host: a whole command in a fixed number of `context.sync()` calls whatever the row
 * count — one to list sheets, one to snapshot what will be overwritten, then writes, split into
 * requests under 4 MB only when the plan is that large.
 *
 * Requirement sets: ExcelApi 1.1 (ranges, values, formulas, number formats, worksheets, fill,
 * font, visibility), 1.2 (columnWidth, merge), 1.4 (getItemOrNullObject, getUsedRangeOrNullObject),
 * 1.6 (conditional formats), 1.7 (freezePanes, chart series x values), 1.8 (data validation).
 * Merged areas (1.13) and print layout (1.9) are used only where the host supports them.
 */
export class OfficeHost implements WorkbookHost {
  constructor(
    private readonly run: RunBatch,
    private readonly supports: (set: '1.9' | '1.13') => boolean = (set) =>
      typeof Office !== 'undefined' && Office.context.requirements.isSetSupported('ExcelApi', set),
  ) {}

  async listSheets(): Promise<SheetInfo[]> {
    return guarded(this.run, [], async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load('items/name,items/visibility');
      await context.sync();
      return sheets.items.map((ws) => ({ name: ws.name, visible: ws.visibility === 'Visible' }));
    });
  }

  async readSheet(name: string): Promise<Grid | null> {
    return guarded(this.run, [name], (context) =>
      readSheetIn(context, name, this.supports('1.13')),
    );
  }

  async readSheets(
    names: readonly string[],
    worthReading?: (head: Grid) => boolean,
  ): Promise<(Grid | null)[]> {
    return guarded(this.run, names, (context) =>
      readSheetsIn(context, names, this.supports('1.13'), worthReading),
    );
  }

  async apply(plan: WorkbookPlan): Promise<ApplyResult> {
    checkPlan(plan);
    const sheets = plan.sheets.map((s) => s.sheet);
    const progress: Progress = {};
    try {
      return await this.run((context) => applyBatch(context, plan, this.supports('1.9'), progress));
    } catch (e) {
      if (e instanceof MissingSheetError) throw e;
      const failure = toHostError(e, sheets);
      const before = progress.before;
      if (before) await rollBack(this.run, sheets, failure, before, this.supports('1.9'));
      throw failure;
    }
  }

  async restore(): Promise<RestoreResult | null> {
    const grid = await this.readSheet(BACKUP_SHEET);
    const backup = grid && storedBackup(grid);
    if (!grid || !backup) return null;
    const deleted = await writeRestore(this.run, backup, {
      emptyBackupRows: backupRows(grid),
      pageLayout: this.supports('1.9'),
    });
    return { restoredCells: backupCellCount(backup), deletedSheets: deleted };
  }

  async select(sheet: string, address: string): Promise<void> {
    await guarded(this.run, [sheet], async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      ws.activate();
      ws.getRange(address).select();
      await context.sync();
    });
  }
}
