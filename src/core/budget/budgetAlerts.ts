import { columnLetters } from '../a1';
import type { ConditionalFormat } from '../plan';
import { ALERT } from '../plan/palette';
import { lineBox } from './_lib/lineBox';
import { summaryBox } from './_lib/summaryBox';
import type { BudgetColumns, SummaryLayout } from './types';

/**
 * Planned against actual: a line whose 差异 is above 0 (over budget) highlighted across 差异 and
 * 执行率, and a category whose actual is above its budget highlighted across the summary row.
 * None without an 实际 column.
 * @example budgetAlerts(cols, layout)[0].formula // '=AND(ISNUMBER($K4),$K4>0)'
 */
export function budgetAlerts(cols: BudgetColumns, s: SummaryLayout): ConditionalFormat[] {
  const out: ConditionalFormat[] = [];
  if (cols.actual) {
    const { variance, rate } = cols.actual;
    const v = `$${columnLetters(variance)}${cols.first + 1}`;
    out.push({
      range: { ...lineBox(cols, Math.min(variance, rate)), cols: 2 },
      formula: `=AND(ISNUMBER(${v}),${v}>0)`,
      ...ALERT,
    });
  }
  if (s.actuals && s.categories.length > 0) {
    const row = s.top + 3;
    out.push({
      range: summaryBox(s, 2, 0, s.categories.length + 1, 5),
      formula: `=$${columnLetters(s.col + 3)}${row}>$${columnLetters(s.col + 1)}${row}`,
      ...ALERT,
    });
  }
  return out;
}
