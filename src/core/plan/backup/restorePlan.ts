import { block } from '../block';
import { formatRuns } from '../formatRuns';
import { sheetPlan } from '../sheetPlan';
import type { NumberFormat, PrintSetup, SheetPlan, WorkbookPlan } from '../types';
import type { Backup, FormatBefore, RangeSnapshot } from './types';

/**
 * The plan that puts every backed-up cell back, deletes the rules and charts the run added and
 * puts back the rules it deleted, gives every range the validation and style it had, every
 * column its width, the panes and print setup as they were, every input cell the look it had,
 * and deletes the sheets it created. Number formats are grouped in runs down each column to keep
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
    change(f.sheet, (sp) => ({ ...sp, removeRules: [...(sp.removeRules ?? []), f.range] }));
  }
  for (const f of backup.formats)
    if (!created.has(f.sheet)) change(f.sheet, (sp) => withFormat(sp, f.before));
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

/** A sheet plan that also puts one format back as it was. */
function withFormat(sp: SheetPlan, f: FormatBefore): SheetPlan {
  switch (f.kind) {
    case 'rule':
      return { ...sp, conditionalFormats: [...sp.conditionalFormats, f.rule] };
    case 'validation':
      return { ...sp, exactRules: [...(sp.exactRules ?? []), { range: f.range, rule: f.rule }] };
    case 'style':
      return {
        ...sp,
        exactStyles: [...(sp.exactStyles ?? []), { range: f.range, style: f.style }],
      };
    case 'width':
      return { ...sp, columnWidths: [...sp.columnWidths, { col: f.col, width: f.width }] };
    case 'freeze':
      return { ...sp, freeze: { rows: f.rows, cols: f.cols } };
    case 'print': {
      // Every part the sheet had goes back; a part the backup lacks (one from before issue 17,
      // a paper office-js has no name for) is left as it is.
      const print: PrintSetup = {
        landscape: f.landscape,
        fitToWidth: f.fitToWidth,
        area: f.area ?? null,
        ...(f.paper !== undefined && { paper: f.paper }),
        ...(f.titleRows !== undefined && { titleRows: f.titleRows }),
        ...(f.titleCols !== undefined && { titleCols: f.titleCols }),
        ...(f.colBreaks !== undefined && { colBreaks: f.colBreaks }),
      };
      return { ...sp, print };
    }
  }
}
