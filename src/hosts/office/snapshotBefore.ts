import { rangeAddress, type RangeBox } from '../../core/a1';
import { touchedRanges, type WorkbookPlan } from '../../core/plan';
import { BACKUP_SHEET, backupFor, type Backup } from '../../core/plan/backup';
import { HostError, MissingSheetError } from '../errors';
import { chartIdsOf, chartsOf, loadChartNames, type ExistingChart } from './chartNames';
import { loadLooks } from './lookReads';
import { cellsOf } from './officeValues';
import { textTargets } from './textTargets';
import type { ChartsBySheet } from './types';

/** What the workbook held before a run: everything the run needs to write and to undo itself. */
export interface Before {
  /** The sheets that exist. */
  readonly existing: ReadonlySet<string>;
  /** How many rows the previous backup used, so the new one blanks the rest. */
  readonly previousRows: number;
  readonly backup: Backup;
  /** The chart ids of each plan sheet that has charts in the plan (a rollback deletes the rest). */
  readonly charts: ChartsBySheet;
  /** Those charts themselves, for this run's replacements. */
  readonly chartsNow: ReadonlyMap<string, readonly ExistingChart[]>;
  /** By sheet, the Text-formatted cells that receive a formula, number or boolean. */
  readonly retext: ReadonlyMap<string, readonly RangeBox[]>;
}

/**
 * Two syncs: which sheets exist, how long the previous backup is and which date system the
 * workbook counts in; then a snapshot of every range the plan overwrites, of the fill and
 * validation of every input cell, and the charts it replaces. A sheet the plan may not create is
 * a MissingSheetError, and a 1904 workbook a HostError (HOST_DATE_1904), before anything is
 * written. `fillTint`: ExcelApi 1.9, which tells a white fill from none.
 */
export async function snapshotBefore(
  context: Excel.RequestContext,
  plan: WorkbookPlan,
  fillTint: boolean,
): Promise<Before> {
  const collection = context.workbook.worksheets;
  collection.load('items/name');
  const oldBackup = collection.getItemOrNullObject(BACKUP_SHEET);
  // Functions (ExcelApi 1.2) evaluate without a cell: DATE(1904,1,1) is 0 only in a 1904 workbook.
  const epoch = context.workbook.functions.date(1904, 1, 1);
  epoch.load('value');
  await context.sync();
  if (epoch.value === 0) throw new HostError('HOST_DATE_1904', {});
  const existing = new Set(collection.items.map((ws) => ws.name));
  for (const sp of plan.sheets)
    if (!existing.has(sp.sheet) && !sp.createIfMissing) throw new MissingSheetError(sp.sheet);
  const oldUsed = oldBackup.isNullObject ? null : oldBackup.getUsedRangeOrNullObject(true);
  oldUsed?.load('rowIndex,rowCount');

  const onExisting = plan.sheets.filter((p) => existing.has(p.sheet));
  const chartSheets = onExisting.filter((p) => p.charts?.length).map((p) => p.sheet);
  const charts = loadChartNames(context, chartSheets);
  const reads = new Map<string, Excel.Range>();
  const key = (sheet: string, range: RangeBox) => `${sheet}!${rangeAddress(range)}`;
  for (const sp of onExisting) {
    for (const range of touchedRanges(sp)) {
      const r = context.workbook.worksheets.getItem(sp.sheet).getRange(rangeAddress(range));
      r.load('values,formulas,numberFormat');
      reads.set(key(sp.sheet, range), r);
    }
  }
  const looks = loadLooks(context, onExisting, fillTint);
  await context.sync();
  // backupFor and textTargets ask for exactly the ranges read above.
  const read = new Map<string, ReturnType<typeof cellsOf>>();
  const cells = (sheet: string, range: RangeBox) => {
    const k = key(sheet, range);
    const known = read.get(k);
    if (known) return known;
    const r = reads.get(k);
    if (!r) throw new Error(`snapshotBefore: ${k} was not read`);
    const got = cellsOf(r);
    read.set(k, got);
    return got;
  };
  return {
    existing,
    previousRows: oldUsed && !oldUsed.isNullObject ? oldUsed.rowIndex + oldUsed.rowCount : 0,
    backup: backupFor(plan, existing, cells, looks),
    charts: new Map(chartSheets.map((sheet) => [sheet, chartIdsOf(charts, sheet)])),
    chartsNow: new Map(chartSheets.map((sheet) => [sheet, chartsOf(charts, sheet)])),
    retext: new Map(
      onExisting.map((sp) => [
        sp.sheet,
        textTargets(sp, (box) => cells(sp.sheet, box).numberFormats),
      ]),
    ),
  };
}
