import { parseRange, rangeAddress, type RangeBox } from '../../../core/a1';
import type { CellValue, Grid } from '../../../core/grid';
import type { PlanCell } from '../../../core/plan';
import type { CellsRead } from '../../types';
import { cellValue } from './cellText';
import { SheetData } from './sheetData';
import type { SharedStrings } from './sharedStrings';
import type { LookChange, StyleBook } from './styleBook';
import { WORKSHEET_ORDER } from './worksheetOrder';
import type { ZipPackage } from './zipPackage';
import { childNamed, childrenNamed, createIn, ensureChild, rootOf, type Element } from './xml';

/** One worksheet part: its cells read and written in place, the rest of its XML kept. */
export class Worksheet {
  readonly data: SheetData;
  private colStyles: { min: number; max: number; style: number }[] | null = null;

  constructor(
    private readonly pkg: ZipPackage,
    readonly part: string,
    private readonly strings: SharedStrings,
    readonly styles: StyleBook,
  ) {
    this.data = new SheetData(this.root);
  }

  get root(): Element {
    return rootOf(this.pkg.xml(this.part));
  }

  /** Keeps `<dimension>`, the used range readers may trust, true after the writer's cells. */
  refreshDimension(): void {
    const dim = childNamed(this.root, 'dimension');
    const { rows, cols } = this.data.usedSize();
    if (!dim || rows === 0) return;
    dim.setAttribute('ref', rangeAddress({ row: 0, col: 0, rows, cols }));
  }

  /** Marks the part as edited. */
  touch(): void {
    this.pkg.touch(this.part);
  }

  readCells(box: RangeBox): CellsRead {
    const rows = Array.from({ length: box.rows }, (_, r) => box.row + r);
    const cols = Array.from({ length: box.cols }, (_, c) => box.col + c);
    return {
      values: rows.map((r) => cols.map((c) => this.valueAt(r, c))),
      formulas: rows.map((r) => cols.map((c) => this.data.formula(r, c))),
      numberFormats: rows.map((r) => cols.map((c) => this.styles.numberFormat(this.styleAt(r, c)))),
    };
  }

  /** The sheet from A1 to its last row and column with content, with its merged areas. */
  readGrid(sheet: string): Grid {
    // Values and formulas only: a grid has no number formats, and reading every empty cell's
    // style over a wide Gantt would cost more than the rest of the read.
    const { rows, cols } = this.data.usedSize();
    const rowsAt = Array.from({ length: rows }, (_, r) => r);
    const colsAt = Array.from({ length: cols }, (_, c) => c);
    return {
      sheet,
      origin: { row: 0, col: 0 },
      values: rowsAt.map((r) => colsAt.map((c) => this.valueAt(r, c))),
      formulas: rowsAt.map((r) => colsAt.map((c) => this.data.formula(r, c))),
      merges: this.merges(),
    };
  }

  /** The value a cell holds (a formula's last saved result). */
  valueAt(row: number, col: number): CellValue {
    const c = this.data.get(row, col);
    return c ? cellValue(c, this.strings) : null;
  }

  /** The style index a cell shows (its own, else its row's or column's). */
  styleAt(row: number, col: number): number {
    const c = this.data.get(row, col);
    if (c) return Number(c.getAttribute('s') ?? 0);
    return this.data.inheritedStyle(row, col, (k) => this.columnStyle(k));
  }

  /** The style of a column's `<col>` definition, from a table read once per change of `<cols>`. */
  private columnStyle(col: number): number {
    this.colStyles ??= this.readColumnStyles();
    return this.colStyles.find((d) => d.min <= col + 1 && col + 1 <= d.max)?.style ?? 0;
  }

  private readColumnStyles(): { min: number; max: number; style: number }[] {
    const cols = childNamed(this.root, 'cols');
    return (cols ? childrenNamed(cols, 'col') : [])
      .filter((c) => c.hasAttribute('style'))
      .map((c) => ({
        min: Number(c.getAttribute('min')),
        max: Number(c.getAttribute('max')),
        style: Number(c.getAttribute('style')),
      }));
  }

  /** Forgets the column styles read, after `<cols>` changed. */
  columnsChanged(): void {
    this.colStyles = null;
  }

  /**
   * Writes a cell's content; its style stays. A formula's cached value is set later by the
   * recalculation, so the cell is left without one here.
   */
  writeCell(row: number, col: number, cell: PlanCell): void {
    this.data.unshare(row, col);
    const c = this.data.cell(row, col, () => this.styleAt(row, col));
    for (const name of ['f', 'v', 'is']) for (const el of childrenNamed(c, name)) c.removeChild(el);
    c.removeAttribute('t');
    const put = (name: string, text: string) => {
      const el = c.appendChild(createIn(c, name));
      el.appendChild(c.ownerDocument!.createTextNode(text));
    };
    switch (cell.kind) {
      case 'number':
        put('v', String(cell.value));
        break;
      case 'boolean':
        c.setAttribute('t', 'b');
        put('v', cell.value ? '1' : '0');
        break;
      case 'text':
        c.setAttribute('t', 's');
        put('v', String(this.strings.indexOf(cell.value)));
        break;
      case 'formula':
        put('f', cell.formula.replace(/^=/, ''));
        break;
      case 'blank':
        if (!c.hasAttribute('s')) this.data.drop(row, col);
    }
    this.touch();
  }

  /** Sets the cached result of a formula cell the writer wrote. */
  setCachedValue(row: number, col: number, value: CellValue): void {
    const c = this.data.get(row, col);
    if (!c || value === null) return;
    for (const el of childrenNamed(c, 'v')) c.removeChild(el);
    const [type, text] =
      typeof value === 'number'
        ? [null, String(value)]
        : typeof value === 'boolean'
          ? ['b', value ? '1' : '0']
          : typeof value === 'string'
            ? ['str', value]
            : ['e', value.error];
    if (type) c.setAttribute('t', type);
    else c.removeAttribute('t');
    const v = c.appendChild(createIn(c, 'v'));
    v.appendChild(c.ownerDocument!.createTextNode(text));
  }

  /** Changes the look of every cell of a box (cells are created where the box has none). */
  restyle(box: RangeBox, change: LookChange): void {
    for (let r = box.row; r < box.row + box.rows; r++)
      for (let k = box.col; k < box.col + box.cols; k++) {
        const c = this.data.cell(r, k, () => this.styleAt(r, k));
        const s = this.styles.derive(Number(c.getAttribute('s') ?? 0), change);
        c.setAttribute('s', String(s));
      }
    this.touch();
  }

  /** Like `restyle`, but only on the cells that exist (clearing never creates cells). */
  restyleExisting(box: RangeBox, change: LookChange): void {
    for (const [at, c] of this.data.entries()) {
      if (at.row < box.row || at.row >= box.row + box.rows) continue;
      if (at.col < box.col || at.col >= box.col + box.cols) continue;
      c.setAttribute('s', String(this.styles.derive(Number(c.getAttribute('s') ?? 0), change)));
    }
    this.touch();
  }

  merges(): RangeBox[] {
    const list = childNamed(this.root, 'mergeCells');
    return list
      ? childrenNamed(list, 'mergeCell').map((m) => parseRange(m.getAttribute('ref') ?? '').box)
      : [];
  }

  /** Merges a box unless it is merged already. */
  merge(box: RangeBox): void {
    const ref = rangeAddress(box);
    if (this.merges().some((m) => rangeAddress(m) === ref)) return;
    const list = ensureChild(this.root, 'mergeCells', WORKSHEET_ORDER);
    list.appendChild(createIn(list, 'mergeCell', { ref }));
    list.setAttribute('count', String(childrenNamed(list, 'mergeCell').length));
    this.touch();
  }
}

/** Whether a `<col min max>` definition covers a 0-based column. */
export const covers = (def: Element, col: number): boolean =>
  Number(def.getAttribute('min')) <= col + 1 && col + 1 <= Number(def.getAttribute('max'));
