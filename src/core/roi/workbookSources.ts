import { sheetRef } from '../a1';
import { labelledCell, type Grid } from '../grid';
import { readBudget } from '../budget/readBudget';
import { readChannelTable } from './readChannelTable';
import { readsAsSales } from './readsAsSales';
import type { RoiOptions, SpendSource } from './types';

/** The number or formula right of a label on a sheet, as an absolute reference, or null. */
function labelled(grid: Grid, label: string): string | null {
  const found = labelledCell(grid, [label], (v, f) => typeof v === 'number' || f !== null);
  return found && sheetRef(grid.sheet, found.at, true);
}

/**
 * 总投入 from a budget the add-in wrote: its 实际合计 once spending is recorded, else its 合计 —
 * one live formula, so the figures follow the budget as it is filled.
 */
function budgetSpend(grids: readonly Grid[]): SpendSource[] {
  for (const g of grids.filter((x) => readBudget(x))) {
    const actual = labelled(g, '实际合计');
    const planned = labelled(g, '合计');
    if (!planned) continue;
    const ref = actual ? `IF(SUM(${actual})>0,${actual},${planned})` : planned;
    return [
      { description: `预算表“${g.sheet}”的实际合计（未填实际时用合计）`, sheet: g.sheet, ref },
    ];
  }
  return [];
}

/**
 * What the ROI of a sales sheet takes from the rest of the workbook: 总投入 from a budget, and the
 * first other sheet holding a channel table.
 * @example generateRoi(sales, { ...roiSources(sales, grids), margin: 0.4 })
 */
export function roiSources(
  sales: Grid,
  grids: readonly Grid[],
): Pick<RoiOptions, 'spend' | 'channels'> {
  const others = grids.filter((g) => g.sheet !== sales.sheet);
  const channels = others.find((g) => !readsAsSales(g) && readChannelTable(g));
  return { spend: budgetSpend(others), ...(channels && { channels }) };
}
