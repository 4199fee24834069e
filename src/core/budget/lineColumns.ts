import { columnLetters } from '../a1';
import { blank, formula, text, type PlanCell } from '../plan';
import { BUDGET_OWNED, NATURE } from './columns';
import type { BudgetColumns, BudgetSheet, LineColumn } from './types';

/**
 * The add-in's columns beside the lines: 预算小计 (单价 × 数量 × 天数, blanks counting 1), 汇总类别
 * filled down, 费用性质, and 差异 and 执行率 against 实际. 预算小计 and 汇总类别 reach as far as
 * the totals do, so a line appended by hand counts at once; the others reach the lines.
 * @example lineColumns(budget, cols).map((c) => c.header) // ['预算小计', '汇总类别', '费用性质', '差异', '执行率']
 */
export function lineColumns(b: BudgetSheet, cols: BudgetColumns): LineColumn[] {
  const m = b.mapping;
  const ref = (col: number, row: number) => `${columnLetters(col)}${row + 1}`;
  const lines = new Map(b.lines.map((l) => [l.row, l]));
  // Compared by column, as before the split, should two of the add-in's columns ever coincide.
  // 预算小计 and 汇总类别 reach as far as the sums do, and clear what a longer earlier run left.
  const end = (col: number) =>
    col === cols.category || col === cols.subtotal ? Math.max(cols.last, cols.extent) : cols.extent;
  const out: LineColumn[] = [];
  out.push({
    col: cols.subtotal,
    header: BUDGET_OWNED.subtotal,
    cell: subtotalCell(m, cols.last),
    end: end(cols.subtotal),
  });
  if (cols.category !== null && m.category !== undefined)
    out.push({
      col: cols.category,
      header: BUDGET_OWNED.category,
      cell: categoryFilledDown(m.category, cols.category, cols.first, cols.last),
      end: end(cols.category),
    });
  const excluded = new Map(b.excluded.map((x) => [x.row, x]));
  const nature = (row: number): PlanCell => {
    const line = lines.get(row);
    if (line) return text(line.deposit ? NATURE.deposit : NATURE.cost);
    const x = excluded.get(row);
    // Live: should the team type a line over its 合计 row, the row counts again at once.
    return x ? formula(`=IF(${ref(x.col, row)}=${quoted(x.text)},"${NATURE.excluded}","")`) : blank;
  };
  out.push({ col: cols.nature, header: BUDGET_OWNED.nature, cell: nature, end: end(cols.nature) });
  const actual = cols.actual;
  if (actual) {
    const a = (row: number) => ref(actual.col, row);
    const p = (row: number) => ref(cols.amount, row);
    const onLines = (f: (row: number) => string) => (row: number) =>
      lines.has(row) ? formula(f(row)) : blank;
    out.push({
      col: actual.variance,
      header: BUDGET_OWNED.variance,
      // SUM of one cell is 0 when it is blank or "" in every engine (N() of a blank is #NUM! in
      // Gnumeric).
      cell: onLines((row) => `=IF(COUNT(${a(row)})=0,"",${a(row)}-SUM(${p(row)}))`),
      end: end(actual.variance),
    });
    out.push({
      col: actual.rate,
      header: BUDGET_OWNED.rate,
      cell: onLines((row) => `=IF(COUNT(${a(row)})=0,"",IFERROR(${a(row)}/${p(row)},""))`),
      end: end(actual.rate),
    });
  }
  return out;
}

/** A text as a formula string literal. */
const quoted = (t: string) => `"${t.replace(/"/g, '""')}"`;

/**
 * 预算小计 of a row: the amount the team typed, else 单价 × 数量 × 天数 with a missing or blank
 * factor counting 1, else empty. Typing an amount later wins at once; rows past the table's end
 * (an earlier run's longer column) are cleared.
 */
function subtotalCell(m: BudgetSheet['mapping'], last: number) {
  const ref = (col: number, row: number) => `${columnLetters(col)}${row + 1}`;
  const { price, quantity, days, amount } = m;
  const factor = (c: number | undefined, row: number) =>
    c === undefined ? '' : `*IF(${ref(c, row)}="",1,${ref(c, row)})`;
  const priced = (row: number) => {
    if (price === undefined) return '""';
    const p = ref(price, row);
    return `IF(COUNT(${p})=0,"",${p}${factor(quantity, row)}${factor(days, row)})`;
  };
  return (row: number): PlanCell => {
    if (row > last) return blank;
    if (amount === undefined) return price === undefined ? blank : formula(`=${priced(row)}`);
    const a = ref(amount, row);
    return formula(`=IF(COUNT(${a})=1,${a},${priced(row)})`);
  };
}

/** The category filled down by formula over blank and merged cells, live when the team edits it. */
function categoryFilledDown(teamCol: number, col: number, first: number, last: number) {
  const c = (row: number) => `${columnLetters(teamCol)}${row + 1}`;
  // A team's own 合计/总计 row ends the categories: nothing below it falls under "合计".
  const own = (row: number) => `IF(OR(${c(row)}="合计",${c(row)}="总计"),"",${c(row)})`;
  return (row: number): PlanCell =>
    row > last
      ? blank
      : formula(
          row === first
            ? `=IF(${c(row)}="","",${own(row)})`
            : `=IF(${c(row)}="",${columnLetters(col)}${row},${own(row)})`,
        );
}
