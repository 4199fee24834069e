import { cellAddress } from '../a1';
import type { ConditionalFormat } from '../plan';
import { ALERT } from '../plan/palette';
import { CALENDAR_GAP } from './deadlineFormula';

/**
 * The alert look on planned cells showing `日历缺2027`, so a working-day date past the 工作日历
 * stands out among the dates rather than reading as one more note.
 * @example calendarGapRule({ row: 4, col: 4, rows: 10, cols: 2 }).formula // '=LEFT(E5,3)="日历缺"'
 */
export function calendarGapRule(range: {
  row: number;
  col: number;
  rows: number;
  cols: number;
}): ConditionalFormat {
  const first = cellAddress({ row: range.row, col: range.col });
  return {
    range,
    formula: `=LEFT(${first},${CALENDAR_GAP.length})="${CALENDAR_GAP}"`,
    ...ALERT,
  };
}
