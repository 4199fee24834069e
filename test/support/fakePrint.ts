/**
 * The fake's print setup of a sheet (ExcelApi 1.9): `pageLayout` and `verticalPageBreaks`.
 * Sources:
 * - orientation, zoom, paperSize, setPrintArea, getPrintAreaOrNullObject, setPrintTitleRows and
 *   -Columns ("The range must span the entire row [column] to be valid"), and
 *   getPrintTitleRows/-ColumnsOrNullObject ("If not set, this will return a null object"):
 *   https://learn.microsoft.com/javascript/api/excel/excel.pagelayout;
 * - the paper sizes: https://learn.microsoft.com/javascript/api/excel/excel.papertype. Excel has
 *   a paper for every sheet (the printer's default where nobody chose one); the fake answers
 *   Letter there, as Excel in en-US does;
 * - the print area and the print titles are the sheet's built-in names Print_Area and
 *   Print_Titles (ECMA-376 Part 1, 18.2.5–18.2.6): one Print_Titles holds both the rows and
 *   the columns, so deleting the name removes both;
 * - `worksheet.verticalPageBreaks` "only contains manual page breaks"; `add(range)` "adds a page
 *   break before the top-left cell of the range"; `removePageBreaks()` "resets all manual page
 *   breaks in the collection"; a break's `columnIndex` is read here as the 0-based column after
 *   it, as `Range.columnIndex` counts (https://learn.microsoft.com/javascript/api/excel/excel.pagebreakcollection,
 *   https://learn.microsoft.com/javascript/api/excel/excel.pagebreak).
 */
import { MAX_COL, MAX_ROW, parseRange, type RangeBox } from '../../src/core/a1';
import type { PrintSetup, Span } from '../../src/core/plan';
import { officePaper, paperOfOffice } from '../../src/hosts/_lib/paperSizes';
import { parsePrintTitles } from '../../src/hosts/_lib/printTitles';
import type { FakeExcel } from './fakeExcel';
import { FakeRichApiError, Proxy } from './fakeProxy';

/** A range or an address, as office-js methods take them. */
type RangeArg = string | { readonly box: RangeBox | null };

const boxOf = (r: RangeArg): RangeBox => {
  const box = typeof r === 'string' ? parseRange(r).box : r.box;
  if (!box) throw new FakeRichApiError('InvalidArgument', 'a null range');
  return box;
};

/** Whole rows or whole columns: an address as `$3:$3` / `$A:$D`, or a range spanning them. */
function titleSpan(r: RangeArg, kind: 'rows' | 'cols'): Span {
  if (typeof r === 'string') {
    const t = parsePrintTitles(r);
    const span = kind === 'rows' ? t.rows : t.cols;
    if (span) return span;
  } else if (r.box) {
    const b = r.box;
    if (kind === 'rows' && b.col === 0 && b.cols === MAX_COL + 1)
      return { first: b.row, last: b.row + b.rows - 1 };
    if (kind === 'cols' && b.row === 0 && b.rows === MAX_ROW + 1)
      return { first: b.col, last: b.col + b.cols - 1 };
  }
  throw new FakeRichApiError('InvalidArgument', `print titles must be entire ${kind}`);
}

/** A sheet's print setup, set and read. */
export class FakePageLayout extends Proxy {
  constructor(
    fake: FakeExcel,
    private readonly sheet: () => string,
    private readonly range: (box: RangeBox | null) => unknown,
  ) {
    super(fake);
  }
  protected override sheetOf(): string {
    return this.sheet();
  }
  /** Queues a change of the sheet's print setup; `check` throws at the sync, as Excel would. */
  print(p: () => Partial<PrintSetup>, name: string): void {
    const sheet = this.sheet();
    this.fake.queue({
      bytes: 60,
      sheet,
      write: true,
      name: `pageLayout.${name}`,
      run: () => {
        const e = this.fake.store.extrasOf(sheet);
        e.print = { landscape: false, fitToWidth: false, ...e.print, ...p() };
      },
    });
  }
  set orientation(v: string) {
    this.print(() => ({ landscape: v === 'Landscape' }), 'orientation');
  }
  set zoom(z: { horizontalFitToPages?: number; scale?: number }) {
    this.print(() => ({ fitToWidth: z.horizontalFitToPages === 1 }), 'zoom');
  }
  set paperSize(v: string) {
    this.print(() => {
      const paper = paperOfOffice(v);
      if (!paper) throw new FakeRichApiError('InvalidArgument', `no paper ${v}`);
      return { paper };
    }, 'paperSize');
  }
  get orientation(): string {
    return this.get('orientation');
  }
  get zoom(): { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number } {
    return this.get('zoom');
  }
  get paperSize(): string {
    return this.get('paperSize');
  }
  setPrintArea(address: string): void {
    this.print(() => ({ area: parseRange(address).box }), 'setPrintArea');
  }
  /** The print area as a range (Excel answers RangeAreas; one area is all the add-in sets). */
  getPrintAreaOrNullObject(): unknown {
    return this.range(this.setup()?.area ?? null);
  }
  setPrintTitleRows(r: RangeArg): void {
    this.print(() => ({ titleRows: titleSpan(r, 'rows') }), 'setPrintTitleRows');
  }
  setPrintTitleColumns(r: RangeArg): void {
    this.print(() => ({ titleCols: titleSpan(r, 'cols') }), 'setPrintTitleColumns');
  }
  getPrintTitleRowsOrNullObject(): unknown {
    const s = this.setup()?.titleRows;
    return this.range(
      s ? { row: s.first, col: 0, rows: s.last - s.first + 1, cols: MAX_COL + 1 } : null,
    );
  }
  getPrintTitleColumnsOrNullObject(): unknown {
    const s = this.setup()?.titleCols;
    return this.range(
      s ? { row: 0, col: s.first, rows: MAX_ROW + 1, cols: s.last - s.first + 1 } : null,
    );
  }
  private setup(): PrintSetup | undefined {
    return this.fake.store.extrasOf(this.sheet()).print;
  }
  protected override compute(prop: string): unknown {
    const p = this.setup();
    if (prop === 'orientation') return p?.landscape ? 'Landscape' : 'Portrait';
    if (prop === 'zoom')
      return p?.fitToWidth ? { horizontalFitToPages: 1, verticalFitToPages: 0 } : { scale: 100 };
    if (prop === 'paperSize') return officePaper(p?.paper ?? 'letter');
    throw new FakeRichApiError('InvalidArgument', `the fake cannot load pageLayout/${prop}`);
  }
}

/** One manual break, loaded with its collection. */
class FakePageBreak extends Proxy {
  constructor(
    fake: FakeExcel,
    private readonly col: number,
  ) {
    super(fake);
  }
  get columnIndex(): number {
    return this.get('columnIndex');
  }
  protected override compute(prop: string): unknown {
    if (prop === 'columnIndex') return this.col;
    throw new FakeRichApiError('InvalidArgument', `the fake cannot load pageBreak/${prop}`);
  }
}

/** `worksheet.verticalPageBreaks`: the sheet's manual column breaks. */
export class FakeVerticalPageBreaks extends Proxy {
  constructor(
    fake: FakeExcel,
    private readonly sheet: () => string,
    private readonly layout: FakePageLayout,
  ) {
    super(fake);
  }
  protected override sheetOf(): string {
    return this.sheet();
  }
  private breaks(): readonly number[] {
    return this.fake.store.extrasOf(this.sheet()).print?.colBreaks ?? [];
  }
  add(r: RangeArg): void {
    const col = boxOf(r).col;
    this.layout.print(
      () => ({ colBreaks: [...new Set([...this.breaks(), col])].sort((a, b) => a - b) }),
      'verticalPageBreaks.add',
    );
  }
  removePageBreaks(): void {
    this.layout.print(() => ({ colBreaks: [] }), 'verticalPageBreaks.removePageBreaks');
  }
  get items(): FakePageBreak[] {
    return this.get('items');
  }
  protected override compute(prop: string): unknown {
    if (prop !== 'items')
      throw new FakeRichApiError('InvalidArgument', `the fake cannot load pageBreaks/${prop}`);
    return this.breaks().map((c) => new FakePageBreak(this.fake, c).markLoaded(['columnIndex']));
  }
}
