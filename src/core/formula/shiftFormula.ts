import { columnIndex, columnLetters, MAX_COL, MAX_ROW } from '../a1';

/** One A1 cell reference: `$`, column letters, `$`, row digits. */
const CELL = /^(\$?)([A-Za-z]{1,3})(\$?)([0-9]{1,7})/;
/** What may stand before a reference: an operator, a bracket, a separator, a sheet's `!`. */
const BEFORE = /[\s=+\-*/^&<>(,:;!%{]/;
/** What, right after letters and digits, shows they were a name or function, not a reference. */
const NAME_GOES_ON = /[A-Za-z0-9_.(!]/;

/** The end of a quoted run (a "string" or a 'sheet name') starting at `i`, doubled quotes inside. */
function quotedEnd(formula: string, i: number): number {
  const q = formula[i];
  let j = i + 1;
  while (j < formula.length) {
    if (formula[j] === q && formula[j + 1] === q) j += 2;
    else if (formula[j] === q) return j + 1;
    else j++;
  }
  return j;
}

/** A cell reference read from a formula: 0-based position, and which parts are absolute. */
interface Ref {
  readonly col: number;
  readonly row: number;
  readonly colAbs: string;
  readonly rowAbs: string;
}

/** The reference a match names; null past XFD or row 1048576 (Excel reads those as names). */
function refOf(m: RegExpExecArray): Ref | null {
  const [, colAbs = '', letters = '', rowAbs = '', digits = ''] = m;
  const row = Number(digits) - 1;
  const pastLastColumn = letters.length === 3 && letters.toUpperCase() > 'XFD';
  if (pastLastColumn || row < 0 || row > MAX_ROW) return null;
  return { col: columnIndex(letters), row, colAbs, rowAbs };
}

/** A reference moved by `rows` and `cols` where it is relative; null when it falls off the sheet. */
function moved(ref: Ref, rows: number, cols: number): string | null {
  const col = ref.col + (ref.colAbs ? 0 : cols);
  const row = ref.row + (ref.rowAbs ? 0 : rows);
  if (col < 0 || col > MAX_COL || row < 0 || row > MAX_ROW) return null;
  return `${ref.colAbs}${columnLetters(col)}${ref.rowAbs}${row + 1}`;
}

/**
 * A formula written for one cell, as Excel reads it for the cell `rows` down and `cols` right:
 * relative parts of A1 references move, `$` parts stay, text in quotes and function names are left
 * alone, and a reference moved off the sheet becomes `#REF!` (as Excel fills it). This is how a
 * conditional format's formula, written for its range's top-left cell, applies to each cell of the
 * range. Whole-column and whole-row references (`A:A`, `1:1`) are left as written.
 * @example shiftFormula('=AND(H$3>=$E5,H$3<=$F5)', 2, 1) // '=AND(I$3>=$E7,I$3<=$F7)'
 */
export function shiftFormula(formula: string, rows: number, cols: number): string {
  let out = '';
  let i = 0;
  while (i < formula.length) {
    const ch = formula.charAt(i);
    if (ch === '"' || ch === "'") {
      const end = quotedEnd(formula, i);
      out += formula.slice(i, end);
      i = end;
      continue;
    }
    const m = i === 0 || BEFORE.test(formula.charAt(i - 1)) ? CELL.exec(formula.slice(i)) : null;
    const next = m ? formula[i + m[0].length] : undefined;
    const ref = m && !(next !== undefined && NAME_GOES_ON.test(next)) ? refOf(m) : null;
    if (!m || !ref) {
      // Skip a whole word, so the tail of a name (`LOG10`, `Sheet2`) never reads as a reference.
      const word = /^[A-Za-z0-9_.$]+/.exec(formula.slice(i))?.[0] ?? ch;
      out += word;
      i += word.length;
      continue;
    }
    out += moved(ref, rows, cols) ?? '#REF!';
    i += m[0].length;
  }
  return out;
}
