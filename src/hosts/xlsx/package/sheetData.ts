import { cellAddress, parseCell, parseRange, type CellRef } from '../../../core/a1';
import { shiftFormula } from './sharedFormula';
import { childNamed, childrenNamed, createIn, ensureChild, type Element } from './xml';
import { WORKSHEET_ORDER } from './worksheetOrder';

/**
 * The cells of one worksheet part, indexed by position. Cells are found and created in place, in
 * row and column order as the schema asks, and every cell the writer does not touch keeps its XML
 * as it was (styles, phonetic runs, extensions).
 */
export class SheetData {
  private readonly rows = new Map<number, Element>();
  private readonly cells = new Map<number, Map<number, Element>>();
  /** The highest row, and each row's highest column, ever held: appending past them is at once. */
  private lastRow = -1;
  private readonly lastCol = new Map<number, number>();
  private masters: Map<string, [CellRef, string]> | null = null;
  readonly data: Element;

  constructor(worksheet: Element) {
    this.data = ensureChild(worksheet, 'sheetData', WORKSHEET_ORDER);
    let nextRow = 0;
    for (const row of childrenNamed(this.data, 'row')) {
      const r = row.hasAttribute('r') ? Number(row.getAttribute('r')) - 1 : nextRow;
      nextRow = r + 1;
      this.rows.set(r, row);
      const line = new Map<number, Element>();
      let nextCol = 0;
      for (const c of childrenNamed(row, 'c')) {
        const col = c.hasAttribute('r') ? parseCell(c.getAttribute('r') ?? '').col : nextCol;
        nextCol = col + 1;
        line.set(col, c);
        this.lastCol.set(r, Math.max(this.lastCol.get(r) ?? -1, col));
      }
      this.cells.set(r, line);
      this.lastRow = Math.max(this.lastRow, r);
    }
  }

  get(row: number, col: number): Element | undefined {
    return this.cells.get(row)?.get(col);
  }

  /** Every cell element with its position. */
  *entries(): Generator<[CellRef, Element]> {
    for (const [row, line] of this.cells) for (const [col, c] of line) yield [{ row, col }, c];
  }

  /** The style a new cell at this position shows: its row's, else its column's, else 0. */
  inheritedStyle(row: number, col: number, colStyle: (col: number) => number): number {
    const r = this.rows.get(row);
    if (r?.getAttribute('customFormat') === '1') return Number(r.getAttribute('s') ?? 0);
    return colStyle(col);
  }

  /** The cell at a position, created (empty, with the inherited style) when missing. */
  cell(row: number, col: number, style: () => number): Element {
    const known = this.get(row, col);
    if (known) return known;
    const rowEl = this.row(row);
    const c = createIn(rowEl, 'c', { r: cellAddress({ row, col }) });
    const s = style();
    if (s) c.setAttribute('s', String(s));
    const line = this.cells.get(row)!;
    const last = this.lastCol.get(row) ?? -1;
    rowEl.insertBefore(c, last < col ? null : (nextAfter(line, col) ?? null));
    this.lastCol.set(row, Math.max(last, col));
    line.set(col, c);
    rowEl.removeAttribute('spans'); // an optional hint that would no longer be true
    return c;
  }

  /** Removes a cell element (a cleared cell with no style of its own). */
  drop(row: number, col: number): void {
    const c = this.get(row, col);
    if (!c) return;
    c.parentNode?.removeChild(c);
    this.cells.get(row)?.delete(col);
  }

  private row(row: number): Element {
    const known = this.rows.get(row);
    if (known) return known;
    const el = createIn(this.data, 'row', { r: String(row + 1) });
    this.data.insertBefore(el, this.lastRow < row ? null : (nextAfter(this.rows, row) ?? null));
    this.lastRow = Math.max(this.lastRow, row);
    this.rows.set(row, el);
    this.cells.set(row, new Map());
    return el;
  }

  /** The formula of a cell with "=", shared formulas expanded for the cells that share them. */
  formula(row: number, col: number): string | null {
    const f = this.formulaElement(row, col);
    if (!f) return null;
    const text = f.textContent ?? '';
    if (f.getAttribute('t') !== 'shared' || text !== '') return text ? `=${text}` : null;
    const master = this.sharedMaster(f.getAttribute('si') ?? '');
    if (!master) return null;
    const [at, masterText] = master;
    return `=${shiftFormula(masterText, row - at.row, col - at.col)}`;
  }

  private formulaElement(row: number, col: number): Element | null {
    const c = this.get(row, col);
    return c ? childNamed(c, 'f') : null;
  }

  /** The master cell and formula of each shared-formula group, found once. */
  private sharedMaster(si: string): [CellRef, string] | null {
    if (!this.masters) {
      this.masters = new Map();
      for (const [at, c] of this.entries()) {
        const f = childNamed(c, 'f');
        if (f?.getAttribute('t') === 'shared' && f.hasAttribute('ref'))
          this.masters.set(f.getAttribute('si') ?? '', [at, f.textContent ?? '']);
      }
    }
    return this.masters.get(si) ?? null;
  }

  /**
   * Before the master cell of a shared formula is overwritten, the cells sharing it get their
   * formula written out in full, or they would lose it with the master.
   */
  unshare(row: number, col: number): void {
    const f = this.formulaElement(row, col);
    if (!f || f.getAttribute('t') !== 'shared' || !f.hasAttribute('ref')) return;
    this.masters = null;
    const si = f.getAttribute('si');
    const area = parseRange(f.getAttribute('ref') ?? '').box;
    for (const [at, c] of this.entries()) {
      const g = childNamed(c, 'f');
      if (!g || g === f || g.getAttribute('si') !== si || g.getAttribute('t') !== 'shared')
        continue;
      if (at.row < area.row || at.col < area.col) continue;
      const text = this.formula(at.row, at.col)?.slice(1) ?? '';
      g.removeAttribute('t');
      g.removeAttribute('si');
      g.textContent = text;
    }
  }

  /** The last row and column that hold a value or a formula, as a size (0 × 0 when empty). */
  usedSize(): { rows: number; cols: number } {
    let rows = 0;
    let cols = 0;
    for (const [at, c] of this.entries()) {
      if (!childNamed(c, 'v') && !childNamed(c, 'f') && !childNamed(c, 'is')) continue;
      rows = Math.max(rows, at.row + 1);
      cols = Math.max(cols, at.col + 1);
    }
    return { rows, cols };
  }
}

/**
 * The element at the smallest index above `at`, before which a new one goes; undefined when
 * `at` is past them all. Callers skip it when they know `at` is past the last index (rows and
 * cells are mostly appended), so appending stays linear.
 */
function nextAfter(byIndex: Map<number, Element>, at: number): Element | undefined {
  let best: number | undefined;
  for (const k of byIndex.keys()) if (k > at && (best === undefined || k < best)) best = k;
  return best === undefined ? undefined : byIndex.get(best);
}
