import { columnIndex, columnLetters, MAX_COL, MAX_ROW } from '../../../core/a1';

// A cell reference outside string literals and quoted sheet names: not part of a longer name
// (LOG10, a defined name like Q1_Target) and not a function call.
const TOKEN =
  /("(?:[^"]|"")*"|'(?:[^']|'')*'!?)|(?<![A-Za-z0-9_.])(\$?)([A-Za-z]{1,3})(\$?)(\d+)(?![A-Za-z0-9_(])/g;

/**
 * A shared formula as one of the cells sharing it reads: the master's relative references moved
 * by the cell's offset from the master, as Excel expands `<f t="shared">` (ECMA-376 §18.3.1.40).
 * References that would leave the sheet become #REF!.
 * @example shiftFormula('SUM(A1:B1)*$C$1', 2, 1) // "SUM(B3:C3)*$C$1"
 */
export function shiftFormula(formula: string, rows: number, cols: number): string {
  let out = '';
  let last = 0;
  for (const m of formula.matchAll(TOKEN)) {
    const [all, literal, colAbs = '', letters = '', rowAbs = '', digits = ''] = m;
    out += formula.slice(last, m.index) + (literal ? all : moved(colAbs, letters, rowAbs, digits));
    last = m.index + all.length;
  }
  return out + formula.slice(last);

  function moved(colAbs: string, letters: string, rowAbs: string, digits: string): string {
    const col = columnIndex(letters) + (colAbs ? 0 : cols);
    const row = Number(digits) - 1 + (rowAbs ? 0 : rows);
    if (col < 0 || col > MAX_COL || row < 0 || row > MAX_ROW) return '#REF!';
    return `${colAbs}${columnLetters(col)}${rowAbs}${row + 1}`;
  }
}
