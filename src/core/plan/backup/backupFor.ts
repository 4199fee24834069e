import { lookWrites } from '../lookWrites';
import { touchedRanges } from '../touchedRanges';
import type { SheetPlan, WorkbookPlan } from '../types';
import { formatsBefore } from './formatsBefore';
import { snapshotCell } from './snapshotCell';
import type { Backup, BeforeReader, RangeSnapshot } from './types';

/**
 * The backup of everything a plan overwrites on sheets that exist, read through `read`: the
 * cells and number formats of every range it touches, the ranges it gives rules, the formats it
 * changes beyond the cells (rules it deletes, validations, styles, widths, panes, print setup),
 * the look of every cell it gives one; and the sheets it creates.
 * @example backupFor(plan, new Set(['推进表']), reader)
 */
export function backupFor(
  plan: WorkbookPlan,
  existing: ReadonlySet<string>,
  read: BeforeReader,
): Backup {
  const onExisting = plan.sheets.filter((sp) => existing.has(sp.sheet));
  return {
    createdSheets: plan.sheets.filter((sp) => !existing.has(sp.sheet)).map((sp) => sp.sheet),
    ranges: onExisting.flatMap((sp) => snapshotsOf(sp, read)),
    formatted: plan.sheets.flatMap((sp) =>
      sp.conditionalFormats.map((c) => ({ sheet: sp.sheet, range: c.range })),
    ),
    formats: onExisting.flatMap((sp) =>
      formatsBefore(sp, read).map((before) => ({ sheet: sp.sheet, before })),
    ),
    charts: onExisting.flatMap((sp) =>
      (sp.charts ?? []).map((c) => ({ sheet: sp.sheet, name: c.name })),
    ),
    looks: onExisting.flatMap((sp) =>
      lookWrites(sp).map(({ at }) => ({ sheet: sp.sheet, at, look: read.look(sp.sheet, at) })),
    ),
  };
}

function snapshotsOf(sp: SheetPlan, read: BeforeReader): RangeSnapshot[] {
  return touchedRanges(sp).map((range) => {
    const before = read.cells(sp.sheet, range);
    return {
      sheet: sp.sheet,
      range,
      cells: before.values.map((row, i) =>
        row.map((v, j) => snapshotCell(v, before.formulas[i]?.[j] ?? null)),
      ),
      numberFormats: before.numberFormats,
    };
  });
}
