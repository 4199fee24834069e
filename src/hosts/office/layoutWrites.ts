import { rangeAddress } from '../../core/a1';
import type { SheetPlan } from '../../core/plan';
import { rangeIn, sheetIn } from './target';
import type { Write } from './types';

// Excel's column width unit in the UI is characters of the default font (7 px + 5 px padding);
// the API takes points (0.75 pt per px).
const charsToPoints = (chars: number) => Math.round((chars * 7 + 5) * 0.75 * 100) / 100;

/**
 * Column widths, merges and, where ExcelApi 1.9 is there (`pageLayout`), how the sheet prints.
 */
export function layoutWrites(sp: SheetPlan, pageLayout: boolean): Write[] {
  const out: Write[] = sp.columnWidths.map((w) => ({
    bytes: 60,
    run: (c) =>
      void (rangeIn(c, sp.sheet, { row: 0, col: w.col, rows: 1, cols: 1 }).format.columnWidth =
        charsToPoints(w.width)),
  }));
  for (const m of sp.merges ?? [])
    out.push({ bytes: 60, run: (c) => rangeIn(c, sp.sheet, m).merge(false) });
  const print = sp.print;
  if (print && pageLayout) {
    out.push({
      bytes: 120,
      run: (c) => {
        const layout = sheetIn(c, sp.sheet).pageLayout;
        layout.orientation = print.landscape ? 'Landscape' : 'Portrait';
        if (print.fitToWidth) layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
        if (print.area) layout.setPrintArea(rangeAddress(print.area));
      },
    });
  }
  return out;
}
