import { rangeAddress } from '../../core/a1';
import { touchedRanges, type WorkbookPlan } from '../../core/plan';
import { BACKUP_SHEET, backupFor, type Backup } from '../../core/plan/backup';
import { MissingSheetError } from '../errors';
import { chartNamesOf, loadChartNames } from './chartNames';
import { loadLooks } from './lookReads';
import { cellsOf } from './officeValues';
import type { ChartsBySheet } from './types';

/** What the workbook held before a run: everything the run needs to write and to undo itself. */
export interface Before {
  /** The sheets that exist. */
  readonly existing: ReadonlySet<string>;
  /** How many rows the previous backup used, so the new one blanks the rest. */
  readonly previousRows: number;
  readonly backup: Backup;
  /** The charts of each plan sheet that has charts in the plan. */
  readonly charts: ChartsBySheet;
}

/**
 * Two syncs: which sheets exist and how long the previous backup is; then a snapshot of every
 * range the plan overwrites, of the fill and validation of every input cell, and the names of
 * the charts it replaces. A sheet the plan may not create is a MissingSheetError before anything
 * is read. `fillTint`: ExcelApi 1.9, which tells a white fill from none.
 */
export async function snapshotBefore(
  context: Excel.RequestContext,
  plan: WorkbookPlan,
  fillTint: boolean,
): Promise<Before> {
  const collection = context.workbook.worksheets;
  collection.load('items/name');
  const oldBackup = collection.getItemOrNullObject(BACKUP_SHEET);
  await context.sync();
  const existing = new Set(collection.items.map((ws) => ws.name));
  for (const sp of plan.sheets)
    if (!existing.has(sp.sheet) && !sp.createIfMissing) throw new MissingSheetError(sp.sheet);
  const oldUsed = oldBackup.isNullObject ? null : oldBackup.getUsedRangeOrNullObject(true);
  oldUsed?.load('rowIndex,rowCount');

  const onExisting = plan.sheets.filter((p) => existing.has(p.sheet));
  const charts = loadChartNames(
    context,
    onExisting.filter((p) => p.charts?.length).map((p) => p.sheet),
  );
  const reads = new Map<string, Excel.Range>();
  const key = (sheet: string, address: string) => `${sheet}!${address}`;
  for (const sp of onExisting) {
    for (const range of touchedRanges(sp)) {
      const r = context.workbook.worksheets.getItem(sp.sheet).getRange(rangeAddress(range));
      r.load('values,formulas,numberFormat');
      reads.set(key(sp.sheet, rangeAddress(range)), r);
    }
  }
  const looks = loadLooks(context, onExisting, fillTint);
  await context.sync();
  // backupFor asks for exactly the ranges and cells read above.
  const backup = backupFor(
    plan,
    existing,
    (sheet, range) => cellsOf(reads.get(key(sheet, rangeAddress(range)))!),
    looks,
  );
  return {
    existing,
    previousRows: oldUsed && !oldUsed.isNullObject ? oldUsed.rowIndex + oldUsed.rowCount : 0,
    backup,
    charts: new Map([...charts.keys()].map((sheet) => [sheet, chartNamesOf(charts, sheet)])),
  };
}
