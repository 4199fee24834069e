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
  const end = (col: number) =>
    col === cols.category || col === cols.subtotal ? cols.last : cols.extent;
  const out: LineColumn[] = [];
  if (cols.subtotal !== null && m.price !== undefined) {
    const { price, quantity, days } = m;
    const factor = (c: number | undefined, row: number) =>
      c === undefined ? '' : `*IF(${ref(c, row)}="",1,${ref(c, row)})`;
    const cell = (row: number) => {
      const p = ref(price, row);
      return formula(`=IF(COUNT(${p})=0,"",${p}${factor(quantity, row)}${factor(days, row)})`);
    };
    out.push({ col: cols.subtotal, header: BUDGET_OWNED.subtotal, cell, end: end(cols.subtotal) });
  }
  if (cols.category !== null && m.category !== undefined)
    out.push({
      col: cols.category,
      header: BUDGET_OWNED.category,
      cell: categoryFilledDown(m.category, cols.category, cols.first),
      end: end(cols.category),
    });
  const nature = (row: number): PlanCell => {
    const line = lines.get(row);
    return line ? text(line.deposit ? NATURE.deposit : NATURE.cost) : blank;
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
      cell: onLines((row) => `=IF(COUNT(${a(row)})=0,"",${a(row)}-N(${p(row)}))`),
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

/** The category filled down by formula over blank and merged cells, live when the team edits it. */
function categoryFilledDown(teamCol: number, col: number, first: number) {
  const c = (row: number) => `${columnLetters(teamCol)}${row + 1}`;
  // A team's own 合计/总计 row ends the categories: nothing below it falls under "合计".
  const own = (row: number) => `IF(OR(${c(row)}="合计",${c(row)}="总计"),"",${c(row)})`;
  return (row: number): PlanCell =>
    formula(
      row === first
        ? `=IF(${c(row)}="","",${own(row)})`
        : `=IF(${c(row)}="",${columnLetters(col)}${row},${own(row)})`,
    );
}
