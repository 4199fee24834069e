import { block } from '../block';
import { formatRuns } from '../formatRuns';
import { sheetPlan } from '../sheetPlan';
import type { NumberFormat, SheetPlan, WorkbookPlan } from '../types';
import type { Backup, RangeSnapshot } from './types';

/**
 * The plan that puts every backed-up cell back, clears the formats and charts the run added, gives
 * every input cell the look it had and deletes the sheets it created. Number formats are grouped in runs down each column to keep
 * requests small.
 * @example restorePlan(backup).sheets.length
 */
export function restorePlan(backup: Backup): WorkbookPlan {
  const created = new Set(backup.createdSheets);
  const bySheet = new Map<string, SheetPlan>();
  const change = (sheet: string, edit: (sp: SheetPlan) => SheetPlan) =>
    bySheet.set(sheet, edit(bySheet.get(sheet) ?? sheetPlan(sheet)));
  for (const f of backup.formatted) {
    if (created.has(f.sheet)) continue;
    change(f.sheet, (sp) => ({ ...sp, clearFormats: [...sp.clearFormats, f.range] }));
  }
  for (const c of backup.charts)
    change(c.sheet, (sp) => ({ ...sp, removeCharts: [...(sp.removeCharts ?? []), c.name] }));
  for (const { sheet, at, look } of backup.looks) {
    if (created.has(sheet)) continue;
    change(sheet, (sp) => ({ ...sp, looks: [...(sp.looks ?? []), { at, look }] }));
  }
  for (const r of backup.ranges) {
    if (created.has(r.sheet)) continue;
    change(r.sheet, (sp) => ({
      ...sp,
      blocks: [...sp.blocks, block(r.range, r.cells)],
      numberFormats: [...sp.numberFormats, ...columnRuns(r)],
    }));
  }
  return { sheets: [...bySheet.values()], deleteSheets: [...created] };
}

function columnRuns(r: RangeSnapshot): NumberFormat[] {
  return Array.from({ length: r.range.cols }, (_, j) =>
    formatRuns(
      Array.from({ length: r.range.rows }, (_, i) => r.numberFormats[i]?.[j] ?? 'General'),
      r.range.row,
      r.range.col + j,
    ),
  ).flat();
}
