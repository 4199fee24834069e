import { calendarRanges } from '../calendar/workCalendar';
import type { Deadline } from './deadline';

/** A formula for one end of a deadline, and whether its time of day matters. */
export interface DatedFormula {
  readonly formula: string;
  readonly hasTime: boolean;
}

const signed = (sign: -1 | 1, amount: number) =>
  amount === 0 ? '' : `${sign < 0 ? '-' : '+'}${amount}`;

/**
 * The formula for a day count, hours, minutes or working days away from a milestone cell.
 * Working days look the date up in the 工作日历 sheet's running count, so 调休 Saturdays count
 * and holidays do not; past the calendar's last date the cell shows `日历缺2027` (see
 * `calendarGapFormula`).
 * @example offsetFormula('$K$4', -1, 'minute', 30) // { formula: '=$K$4-30/1440', hasTime: true }
 */
export function offsetFormula(
  ref: string,
  sign: -1 | 1,
  unit: 'day' | 'hour' | 'minute' | 'workday',
  amount: number,
): DatedFormula {
  switch (unit) {
    case 'day':
      return { formula: `=INT(${ref})${signed(sign, amount)}`, hasTime: false };
    case 'hour':
      return {
        formula: `=${ref}${signed(sign, amount)}${amount === 0 ? '' : '/24'}`,
        hasTime: true,
      };
    case 'minute':
      return {
        formula: `=${ref}${signed(sign, amount)}${amount === 0 ? '' : '/1440'}`,
        hasTime: true,
      };
    case 'workday': {
      if (amount === 0) return { formula: `=INT(${ref})`, hasTime: false };
      const { dates, counts } = calendarRanges();
      // Before: the Nth working day before the milestone's date has running count C(d-1)-(N-1).
      // After: the Nth working day after it has running count C(d)+N; MATCH finds its first row.
      const target =
        sign < 0
          ? `INDEX(${counts},MATCH(INT(${ref})-1,${dates},0))${signed(-1, amount - 1)}`
          : `INDEX(${counts},MATCH(INT(${ref}),${dates},0))+${amount}`;
      return {
        formula: calendarGapFormula(ref, `INDEX(${dates},MATCH(${target},${counts},0))`),
        hasTime: false,
      };
    }
  }
}

/** The text a working-day date shows past the 工作日历's data, before the missing year. */
export const CALENDAR_GAP = '日历缺';

/**
 * A working-day lookup that never turns silently blank: when the lookup fails on a date, the cell
 * shows `日历缺` and the first year the calendar lacks (the year after its last date), so a plan
 * moved past the calendar is seen, and a team that adds that year's rows sees the dates come
 * back. A `from` that is itself such a marker passes it on; any other non-date (a milestone not
 * yet filled in) leaves the cell empty, as before.
 * @example calendarGapFormula('$K$4', 'INDEX(…)') // '=IF(ISNUMBER($K$4),IFERROR(INDEX(…),"日历缺"&…),…)'
 */
export function calendarGapFormula(from: string, lookup: string): string {
  const { dates } = calendarRanges();
  const marker = `"${CALENDAR_GAP}"&(YEAR(MAX(${dates}))+1)`;
  const passOn = `IF(ISERROR(SEARCH("${CALENDAR_GAP}",${from})),"",${from})`;
  return `=IF(ISNUMBER(${from}),IFERROR(${lookup},${marker}),${passOn})`;
}

/**
 * Formulas for the start and due of a datable deadline on a milestone cell: a range starts at its
 * earlier end and is due at its later end.
 * @example deadlineFormulas({ kind: 'offset', milestone: '开团', sign: -1, unit: 'day', low: 3, high: 7 }, '$K$4')
 * // { start: { formula: '=INT($K$4)-7', … }, due: { formula: '=INT($K$4)-3', … } }
 */
export function deadlineFormulas(
  d: Exclude<Deadline, { kind: 'undatable' }>,
  ref: string,
): { start: DatedFormula; due: DatedFormula } {
  if (d.kind === 'sameDay') {
    const time = d.hour === null ? '' : `+${d.hour}/24${d.minute ? `+${d.minute}/1440` : ''}`;
    const f = { formula: `=INT(${ref})${time}`, hasTime: d.hour !== null };
    return { start: f, due: f };
  }
  const early = d.sign < 0 ? d.high : d.low;
  const late = d.sign < 0 ? d.low : d.high;
  return {
    start: offsetFormula(ref, d.sign, d.unit, early),
    due: offsetFormula(ref, d.sign, d.unit, late),
  };
}
