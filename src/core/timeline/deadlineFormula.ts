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
 * and holidays do not; outside the calendar the cell stays empty rather than showing #N/A.
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
        formula: `=IFERROR(INDEX(${dates},MATCH(${target},${counts},0)),"")`,
        hasTime: false,
      };
    }
  }
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
