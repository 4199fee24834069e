import { columnIndex, columnLetters, quoteSheetName } from '../../core/a1';
import type { Span } from '../../core/plan';
import { splitAreas } from './splitAreas';

/** The rows and columns a sheet repeats on every printed page (null: none). */
export interface PrintTitles {
  readonly rows: Span | null;
  readonly cols: Span | null;
}

/** `$3:$5` for rows 2–4 (0-based), as `setPrintTitleRows` and the file write whole rows. */
export const rowsAddress = (s: Span) => `$${s.first + 1}:$${s.last + 1}`;

/** `$A:$D` for columns 0–3. */
export const colsAddress = (s: Span) => `$${columnLetters(s.first)}:$${columnLetters(s.last)}`;

/**
 * The text of a sheet's `_xlnm.Print_Titles`: columns, then rows, each qualified with the quoted
 * sheet name, as Excel writes it (`'推进表'!$A:$D,'推进表'!$3:$3`); null when there are none.
 * ECMA-376 Part 1, 18.2.5–18.2.6 (definedName, definedNames) lists the built-in name; the order is xlsxwriter's,
 * which copies Excel's (workbook.py, `_prepare_defined_names`).
 * @example printTitlesText('表', { rows: { first: 2, last: 2 }, cols: null }) // "'表'!$3:$3"
 */
export function printTitlesText(sheet: string, t: PrintTitles): string | null {
  const q = quoteSheetName(sheet);
  const parts = [
    ...(t.cols ? [`${q}!${colsAddress(t.cols)}`] : []),
    ...(t.rows ? [`${q}!${rowsAddress(t.rows)}`] : []),
  ];
  return parts.length ? parts.join(',') : null;
}

const ROWS = /^\$?(?<a>\d+):\$?(?<b>\d+)$/;
const COLS = /^\$?(?<a>[A-Za-z]{1,3}):\$?(?<b>[A-Za-z]{1,3})$/;

/**
 * Reads a `_xlnm.Print_Titles` (either order, quoted or not, as Excel, LibreOffice and openpyxl
 * write it); a part that is neither whole rows nor whole columns is left out.
 * @example parsePrintTitles("Sheet1!$A:$B,Sheet1!$1:$2").rows // { first: 0, last: 1 }
 */
export function parsePrintTitles(text: string | null): PrintTitles {
  let rows: Span | null = null;
  let cols: Span | null = null;
  for (const part of splitAreas(text ?? '')) {
    const ref = part.slice(part.lastIndexOf('!') + 1);
    const r = ROWS.exec(ref)?.groups;
    const c = COLS.exec(ref)?.groups;
    if (r) rows = span(Number(r.a) - 1, Number(r.b) - 1);
    else if (c) cols = span(columnIndex(c.a ?? ''), columnIndex(c.b ?? ''));
  }
  return { rows, cols };
}

const span = (a: number, b: number): Span => ({ first: Math.min(a, b), last: Math.max(a, b) });
