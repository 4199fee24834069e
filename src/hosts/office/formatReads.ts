import { type CellRef, type RangeBox } from '../../core/a1';
import type { BeforeReader } from '../../core/plan/backup';
import type { CellStyle, PrintSetup, SheetPlan } from '../../core/plan';
import { paperOfOffice } from '../_lib/paperSizes';
import { areaBoxes } from './areaAddresses';
import { fromOffice } from './officeRule';
import { rangeIn, sheetIn } from './target';

type FormatReader = Pick<BeforeReader, 'validation' | 'styles' | 'width' | 'freeze' | 'print'>;

const ALIGNS: Record<string, CellStyle['align']> = {
  Left: 'left',
  Center: 'center',
  Right: 'right',
};
const EXCEL_ROWS = 1_048_576;
const EXCEL_COLUMNS = 16_384;

// Excel's width unit is characters of the default font (7 px + 5 px padding), the API's points;
// unrounded, so layoutWrites turns it back into the very points it was.
const pointsToChars = (points: number) => (points / 0.75 - 5) / 7;

/**
 * Queues, in the snapshot's request, the reads of every format the plans change beyond their
 * cells: each list range's validation, each styled cell's fill, font and alignment (styles are
 * on headers and summaries, a few hundred cells at most), each sized column's width, the frozen
 * panes, and where ExcelApi 1.9 is there (`pageLayout`) the print setup. Answers a reader once
 * the request is synced. Fills read as lookReads explains (`tintAndShade` tells none from white).
 */
export function loadFormats(
  context: Excel.RequestContext,
  sheets: readonly SheetPlan[],
  pageLayout: boolean,
): FormatReader {
  const ranges = new Map<string, Excel.Range>();
  const at = (sheet: string, box: RangeBox) => {
    const k = `${sheet}!${box.row},${box.col},${box.rows},${box.cols}`;
    if (!ranges.has(k)) ranges.set(k, rangeIn(context, sheet, box));
    return ranges.get(k)!;
  };
  const panes = new Map<string, Excel.Range>();
  const prints = new Map<string, PrintLoads>();
  for (const sp of sheets) {
    for (const v of sp.validations)
      at(sp.sheet, v.range).dataValidation.load('type,rule,prompt,errorAlert,ignoreBlanks');
    for (const s of sp.styles)
      for (const cell of cellsOf(s.range)) loadStyle(at(sp.sheet, cell), pageLayout);
    for (const w of sp.columnWidths)
      at(sp.sheet, { row: 0, col: w.col, rows: 1, cols: 1 }).format.load(
        'columnWidth,useStandardWidth',
      );
    if (sp.freeze) {
      const location = sheetIn(context, sp.sheet).freezePanes.getLocationOrNullObject();
      location.load('rowCount,columnCount');
      panes.set(sp.sheet, location);
    }
    if (sp.print && pageLayout) prints.set(sp.sheet, loadPrint(sheetIn(context, sp.sheet)));
  }
  return {
    validation: (sheet, box) => {
      const dv = at(sheet, box).dataValidation;
      return dv.type === 'Inconsistent' ? 'mixed' : fromOffice(dv);
    },
    styles: (sheet, box) =>
      Array.from({ length: box.rows }, (_, i) =>
        Array.from({ length: box.cols }, (_, j) =>
          styleOf(at(sheet, { row: box.row + i, col: box.col + j, rows: 1, cols: 1 }), pageLayout),
        ),
      ),
    width: (sheet, col) => {
      const f = at(sheet, { row: 0, col, rows: 1, cols: 1 }).format;
      return f.useStandardWidth ? null : pointsToChars(f.columnWidth);
    },
    freeze: (sheet) => {
      const l = panes.get(sheet);
      if (!l || l.isNullObject) return { rows: 0, cols: 0 };
      return {
        rows: l.rowCount >= EXCEL_ROWS ? 0 : l.rowCount,
        cols: l.columnCount >= EXCEL_COLUMNS ? 0 : l.columnCount,
      };
    },
    print: (sheet) => {
      const p = prints.get(sheet);
      return p ? printOf(p) : null;
    },
  };
}

/** What a sheet's print setup is read from (ExcelApi 1.9). */
interface PrintLoads {
  readonly layout: Excel.PageLayout;
  readonly area: Excel.RangeAreas;
  readonly rows: Excel.Range;
  readonly cols: Excel.Range;
  readonly breaks: Excel.PageBreakCollection;
}

function loadPrint(ws: Excel.Worksheet): PrintLoads {
  const layout = ws.pageLayout;
  layout.load('orientation,zoom,paperSize');
  const area = layout.getPrintAreaOrNullObject();
  area.load('address');
  const rows = layout.getPrintTitleRowsOrNullObject();
  rows.load('rowIndex,rowCount');
  const cols = layout.getPrintTitleColumnsOrNullObject();
  cols.load('columnIndex,columnCount');
  const breaks = ws.verticalPageBreaks;
  breaks.load('items/columnIndex');
  return { layout, area, rows, cols, breaks };
}

/** Every part of the setup, so restore gives back exactly what the sheet had. */
function printOf(p: PrintLoads): PrintSetup {
  const paper = paperOfOffice(p.layout.paperSize);
  // A null object's properties cannot be read: only a range that is there is asked.
  const span = (r: Excel.Range, first: () => number, count: () => number) =>
    r.isNullObject ? null : { first: first(), last: first() + count() - 1 };
  return {
    landscape: p.layout.orientation === 'Landscape',
    fitToWidth: p.layout.zoom.horizontalFitToPages === 1,
    area: p.area.isNullObject ? null : (areaBoxes(p.area.address)[0] ?? null),
    ...(paper && { paper }),
    titleRows: span(
      p.rows,
      () => p.rows.rowIndex,
      () => p.rows.rowCount,
    ),
    titleCols: span(
      p.cols,
      () => p.cols.columnIndex,
      () => p.cols.columnCount,
    ),
    colBreaks: p.breaks.items.map((b) => b.columnIndex).sort((a, b) => a - b),
  };
}

function loadStyle(r: Excel.Range, fillTint: boolean): void {
  r.format.load('horizontalAlignment');
  r.format.font.load('bold,color');
  r.format.fill.load(fillTint ? 'color,tintAndShade' : 'color');
}

function styleOf(r: Excel.Range, fillTint: boolean): CellStyle {
  const { fill, font, horizontalAlignment } = r.format;
  const noFill = fillTint ? fill.tintAndShade === null : fill.color === '#FFFFFF';
  // office-js has no value for Automatic: it reads as black, and black is what restore writes.
  const color = font.color?.toUpperCase() ?? null;
  return {
    fill: noFill ? null : fill.color.toUpperCase(),
    fontColor: color === '#000000' ? null : color,
    bold: font.bold === true,
    align: ALIGNS[horizontalAlignment] ?? null,
  };
}

const cellsOf = (box: RangeBox): RangeBox[] =>
  Array.from({ length: box.rows * box.cols }, (_, i): CellRef & RangeBox => ({
    row: box.row + Math.floor(i / box.cols),
    col: box.col + (i % box.cols),
    rows: 1,
    cols: 1,
  }));
