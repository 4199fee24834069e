import { rangeAddress } from '../../core/a1';
import type { SheetPlan } from '../../core/plan';
import { rangeIn, sheetIn } from './target';
import type { Write } from './types';

// Excel's column width unit in the UI is characters of the default font (7 px + 5 px padding);
// the API takes points (0.75 pt per px).
const charsToPoints = (chars: number) => Math.round((chars * 7 + 5) * 0.75 * 100) / 100;

/**
 * Column widths (null: the sheet's standard width again), merges and, where ExcelApi 1.9 is
 * there (`pageLayout`), how the sheet prints, exactly: orientation, fit or 100 %, print area.
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
  const print = sp.print;
  if (print && pageLayout) {
    out.push({
      bytes: 120,
      run: (c) => {
        const layout = sheetIn(c, sp.sheet).pageLayout;
        layout.orientation = print.landscape ? 'Landscape' : 'Portrait';
        layout.zoom = print.fitToWidth
          ? { horizontalFitToPages: 1, verticalFitToPages: 0 }
          : { scale: 100 };
        if (print.area) layout.setPrintArea(rangeAddress(print.area));
        // The print area is the sheet's name Print_Area (ECMA-376 18.2.6): no name, no area.
        else if (print.area === null)
          sheetIn(c, sp.sheet).names.getItemOrNullObject('Print_Area').delete();
      },
    });
  }
  return out;
}
