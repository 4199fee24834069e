import { rangeAddress } from '../../core/a1';
import type { PrintSetup } from '../../core/plan';
import { officePaper } from '../_lib/paperSizes';
import { colsAddress, rowsAddress } from '../_lib/printTitles';
import { sheetIn } from './target';
import type { Write } from './types';

/**
 * How a sheet prints, exactly (ExcelApi 1.9, `Excel.PageLayout`): orientation, fit or 100 %, and
 * each part the setup names: paper, print area, print titles, manual column breaks.
 *
 * office-js has no call that removes a print area or one kind of title: both are the sheet's
 * built-in names (Print_Area, and Print_Titles holding rows and columns; ECMA-376 Part 1,
 * 18.2.5–18.2.6), so a null deletes the name, and the title kind that stays is set again. A null
 * paper (the application's own) cannot be said through office-js: the paper is left as it is.
 */
export function printWrites(sheet: string, print: PrintSetup): Write[] {
  return [
    {
      bytes: 160,
      run: (c) => {
        const layout = sheetIn(c, sheet).pageLayout;
        layout.orientation = print.landscape ? 'Landscape' : 'Portrait';
        layout.zoom = print.fitToWidth
          ? { horizontalFitToPages: 1, verticalFitToPages: 0 }
          : { scale: 100 };
        if (print.paper) layout.paperSize = officePaper(print.paper) as Excel.PaperType;
        if (print.area) layout.setPrintArea(rangeAddress(print.area));
        else if (print.area === null)
          sheetIn(c, sheet).names.getItemOrNullObject('Print_Area').delete();
      },
    },
    ...titleWrites(sheet, print),
    ...breakWrites(sheet, print.colBreaks),
  ];
}

function titleWrites(sheet: string, { titleRows, titleCols }: PrintSetup): Write[] {
  if (titleRows === undefined && titleCols === undefined) return [];
  return [
    {
      bytes: 120,
      run: (c) => {
        const layout = sheetIn(c, sheet).pageLayout;
        // A kind the setup leaves out is lost with the name: the core names both or neither.
        if (titleRows === null || titleCols === null)
          sheetIn(c, sheet).names.getItemOrNullObject('Print_Titles').delete();
        if (titleRows) layout.setPrintTitleRows(rowsAddress(titleRows));
        if (titleCols) layout.setPrintTitleColumns(colsAddress(titleCols));
      },
    },
  ];
}

/** The sheet's manual column breaks become exactly these: all reset, then each added. */
function breakWrites(sheet: string, cols: readonly number[] | undefined): Write[] {
  if (cols === undefined) return [];
  return [
    {
      bytes: 60 + 60 * cols.length,
      run: (c) => {
        const breaks = sheetIn(c, sheet).verticalPageBreaks;
        breaks.removePageBreaks();
        // A break goes before the top-left cell of the range given: the column's first cell.
        for (const col of cols.filter((k) => k > 0))
          breaks.add(rangeAddress({ row: 0, col, rows: 1, cols: 1 }));
      },
    },
  ];
}
