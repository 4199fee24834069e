import type { SheetPlan } from '../../core/plan';
import { printWrites } from './printWrites';
import { rangeIn } from './target';
import type { Write } from './types';

// Excel's column width unit in the UI is characters of the default font (7 px + 5 px padding);
// the API takes points (0.75 pt per px).
const charsToPoints = (chars: number) => Math.round((chars * 7 + 5) * 0.75 * 100) / 100;

/**
 * Column widths (null: the sheet's standard width again), merges and, where ExcelApi 1.9 is
 * there (`pageLayout`), how the sheet prints (printWrites).
 */
export function layoutWrites(sp: SheetPlan, pageLayout: boolean): Write[] {
  const out: Write[] = sp.columnWidths.map(({ col, width }) => ({
    bytes: 60,
    run: (c) => {
      const format = rangeIn(c, sp.sheet, { row: 0, col, rows: 1, cols: 1 }).format;
      if (width === null) format.useStandardWidth = true;
      else format.columnWidth = charsToPoints(width);
    },
  }));
  for (const m of sp.merges ?? [])
    out.push({ bytes: 60, run: (c) => rangeIn(c, sp.sheet, m).merge(false) });
  if (sp.print && pageLayout) out.push(...printWrites(sp.sheet, sp.print));
  return out;
}
