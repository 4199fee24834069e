import type { CellRef, RangeBox } from '../../a1';
import { formattedRanges } from '../formattedRanges';
import { lookWrites } from '../lookWrites';
import { touchedRanges } from '../touchedRanges';
import type { CellLook, SheetPlan, WorkbookPlan } from '../types';
import { snapshotCell } from './snapshotCell';
import type { Backup, CellsBefore, RangeSnapshot } from './types';

/**
 * The backup of everything a plan overwrites: the cells and formats of every range it touches on
 * sheets that exist (read through `read`), the ranges it formats, the look of every cell it gives
 * one on those sheets (read through `readLook`), and the sheets it creates.
 * @example backupFor(plan, new Set(['推进表']), (s, r) => host.readCells(s, r), (s, at) => host.readLook(s, at))
 */
export function backupFor(
  plan: WorkbookPlan,
  existing: ReadonlySet<string>,
  read: (sheet: string, range: RangeBox) => CellsBefore,
  readLook: (sheet: string, at: CellRef) => CellLook,
): Backup {
  const onExisting = plan.sheets.filter((sp) => existing.has(sp.sheet));
  return {
    createdSheets: plan.sheets.filter((sp) => !existing.has(sp.sheet)).map((sp) => sp.sheet),
    ranges: onExisting.flatMap((sp) => snapshotsOf(sp, read)),
    formatted: plan.sheets.flatMap((sp) =>
      formattedRanges(sp).map((range) => ({ sheet: sp.sheet, range })),
    ),
    charts: onExisting.flatMap((sp) =>
      (sp.charts ?? []).map((c) => ({ sheet: sp.sheet, name: c.name })),
    ),
    looks: onExisting.flatMap((sp) =>
      lookWrites(sp).map(({ at }) => ({ sheet: sp.sheet, at, look: readLook(sp.sheet, at) })),
    ),
  };
}

function snapshotsOf(
  sp: SheetPlan,
  read: (sheet: string, range: RangeBox) => CellsBefore,
): RangeSnapshot[] {
  return touchedRanges(sp).map((range) => {
    const before = read(sp.sheet, range);
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
