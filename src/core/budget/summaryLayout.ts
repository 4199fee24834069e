import { columnLetters } from '../a1';
import type { BudgetColumns, BudgetSheet, LineColumn, SummaryLayout } from './types';

/**
 * Where the summary goes (two columns right of the team's and the add-in's columns, from the
 * header row down), its categories in the order the lines give them (deposits apart), and the
 * ranges its sums cover.
 * @example summaryLayout(budget, cols, lineCols).categories // ['流量采买', '人员费用', …]
 */
export function summaryLayout(
  b: BudgetSheet,
  cols: BudgetColumns,
  lineCols: readonly LineColumn[],
): SummaryLayout {
  const rangeOf = (col: number) =>
    `$${columnLetters(col)}$${cols.first + 1}:$${columnLetters(col)}$${cols.last + 1}`;
  const categories = [
    ...new Set(b.lines.filter((l) => !l.deposit && l.category).map((l) => l.category)),
  ];
  return {
    top: b.headerRow,
    col: Math.max(b.lastCol, ...lineCols.map((c) => c.col)) + 2,
    categories,
    totalRow: 2 + categories.length,
    amounts: rangeOf(cols.amount),
    natures: rangeOf(cols.nature),
    categoriesRange: cols.category === null ? null : rangeOf(cols.category),
    actuals: cols.actual ? rangeOf(cols.actual.col) : null,
  };
}
