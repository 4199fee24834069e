/** A cell position, 0-based: row 0 is sheet row 1, col 0 is column A. */
export interface CellRef {
  readonly row: number;
  readonly col: number;
}

/** A rectangle of cells, 0-based top-left plus size (at least 1×1). */
export interface RangeBox extends CellRef {
  readonly rows: number;
  readonly cols: number;
}

/** Excel's last column (XFD) and row, 0-based. */
export const MAX_COL = 16383;
export const MAX_ROW = 1048575;

/**
 * Column letters of a 0-based column index.
 * @example columnLetters(27) // "AB"
 */
export function columnLetters(col: number): string {
  if (!Number.isInteger(col) || col < 0 || col > MAX_COL) {
    throw new RangeError(`column index out of range: ${col}`);
  }
  let n = col + 1;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/**
 * 0-based column index of column letters (case-insensitive).
 * @example columnIndex("AB") // 27
 */
export function columnIndex(letters: string): number {
  if (!/^[A-Za-z]{1,3}$/.test(letters)) throw new RangeError(`not a column: ${letters}`);
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  if (n - 1 > MAX_COL) throw new RangeError(`not a column: ${letters}`);
  return n - 1;
}

/**
 * A1 address of one cell; `absolute` adds `$` to both parts.
 * @example cellAddress({ row: 1, col: 3 }, true) // "$D$2"
 */
export function cellAddress(ref: CellRef, absolute = false): string {
  const d = absolute ? '$' : '';
  return `${d}${columnLetters(ref.col)}${d}${ref.row + 1}`;
}

/**
 * A1 address of a rectangle ("B2:D9"; a single cell stays "B2").
 * @example rangeAddress({ row: 0, col: 0, rows: 2, cols: 2 }) // "A1:B2"
 */
export function rangeAddress(box: RangeBox, absolute = false): string {
  const first = cellAddress(box, absolute);
  if (box.rows === 1 && box.cols === 1) return first;
  return `${first}:${cellAddress({ row: box.row + box.rows - 1, col: box.col + box.cols - 1 }, absolute)}`;
}

/**
 * A sheet name quoted for a formula: always in single quotes, inner quotes doubled, so names
 * with spaces, CJK, brackets or quotes all work in Excel, LibreOffice and HyperFormula.
 * @example quoteSheetName("Tom's 推进表") // "'Tom''s 推进表'"
 */
export function quoteSheetName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/**
 * A reference to a cell or range on a named sheet, for use inside formulas.
 * @example sheetRef("预算", { row: 0, col: 1, rows: 1, cols: 1 }, true) // "'预算'!$B$1"
 */
export function sheetRef(sheet: string, box: RangeBox | CellRef, absolute = false): string {
  const addr = 'rows' in box ? rangeAddress(box, absolute) : cellAddress(box, absolute);
  return `${quoteSheetName(sheet)}!${addr}`;
}

const CELL_RE = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;

/**
 * Parses "B7", "$B$7" into a 0-based cell reference.
 * @example parseCell("$D$2") // { row: 1, col: 3 }
 */
export function parseCell(text: string): CellRef {
  const m = CELL_RE.exec(text.trim());
  if (!m || !m[1] || !m[2]) throw new RangeError(`not a cell address: ${text}`);
  const row = Number(m[2]) - 1;
  if (row < 0 || row > MAX_ROW) throw new RangeError(`not a cell address: ${text}`);
  return { row, col: columnIndex(m[1]) };
}

/** A range with the sheet it was qualified with, if any. */
export interface SheetRange {
  readonly sheet?: string;
  readonly box: RangeBox;
}

/**
 * Parses "A1:C3", "'Tom''s 表'!B2" or "Sheet1!A1:B2" into sheet name and rectangle.
 * @example parseRange("'推进 表'!A1:B2") // { sheet: "推进 表", box: { row: 0, col: 0, rows: 2, cols: 2 } }
 */
export function parseRange(text: string): SheetRange {
  let rest = text.trim();
  let sheet: string | undefined;
  const bang = rest.lastIndexOf('!');
  if (bang >= 0) {
    const raw = rest.slice(0, bang);
    rest = rest.slice(bang + 1);
    sheet = raw.startsWith("'") && raw.endsWith("'") ? raw.slice(1, -1).replace(/''/g, "'") : raw;
  }
  const [a, b] = rest.split(':');
  const start = parseCell(a ?? '');
  const end = b === undefined ? start : parseCell(b);
  const box = {
    row: Math.min(start.row, end.row),
    col: Math.min(start.col, end.col),
    rows: Math.abs(end.row - start.row) + 1,
    cols: Math.abs(end.col - start.col) + 1,
  };
  return sheet === undefined ? { box } : { sheet, box };
}

/** Whether two rectangles share at least one cell. */
export function overlaps(a: RangeBox, b: RangeBox): boolean {
  return (
    a.row < b.row + b.rows &&
    b.row < a.row + a.rows &&
    a.col < b.col + b.cols &&
    b.col < a.col + a.cols
  );
}

/** Whether `inner` lies wholly inside `outer`. */
export function contains(outer: RangeBox, inner: RangeBox): boolean {
  return (
    inner.row >= outer.row &&
    inner.col >= outer.col &&
    inner.row + inner.rows <= outer.row + outer.rows &&
    inner.col + inner.cols <= outer.col + outer.cols
  );
}
