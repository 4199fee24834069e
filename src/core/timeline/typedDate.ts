import { nearestYearSerial, parseMonthDay } from '../calendar/monthDayText';
import { parseDateText } from '../calendar/serial';
import type { CellValue } from '../grid';

/**
 * The serials of 2000-01-01 and 2100-01-01. A Grid carries values, not number formats (no host
 * reads them: office-js would need one more request per range, and the xlsx host would have to
 * resolve styles), so a number in a due or start column is taken for a date when it falls in
 * 2000–2099: a campaign date always does, and a count such as 3 or 20 never does, which keeps it
 * from becoming 1900-01-03.
 */
export const FIRST_DATE_SERIAL = 36526;
export const END_DATE_SERIAL = 73051;

/** A date the team typed in a due or start cell: it is the task's plan. */
export interface TypedDate {
  readonly kind: 'date';
  readonly value: number;
  /**
   * Typed as text (`2026/10/25`, `10月28日`): no formula can count from that cell in every engine
   * (DATEVALUE reads only the locale's own forms), so the planned cell holds the date itself.
   */
  readonly fromText?: boolean;
}

/** A cell that looks like a date but cannot be one: no year to give it, or a number too small. */
export interface UndatableDate {
  readonly kind: 'undatable';
  readonly reason: 'noYear' | 'unknown';
}

// A weekday teams write beside a date: 10月28日（周三）, 2026/10/28 星期三.
const WEEKDAY = /[（(]?(?:周|星期|礼拜)[一二三四五六日天][）)]?/g;

/** Whether a number in a due or start column reads as a date serial (see FIRST_DATE_SERIAL). */
export const isDateSerial = (v: number): boolean => v >= FIRST_DATE_SERIAL && v < END_DATE_SERIAL;

/**
 * A due or start cell read as a typed date: a serial in 2000–2099, a full date typed as text, or
 * a month-day (`11月11日`) in the year nearest to `reference`, the campaign's date. Null when the
 * cell is no date (text then reads as a relative deadline); `undatable` for a number outside
 * 2000–2099 and for a month-day when the campaign's year is unknown.
 * @example readTypedDate('10月28日', toSerial({ year: 2026, month: 11, day: 11 })) // { kind: 'date', value: 46323, fromText: true }
 */
export function readTypedDate(
  v: CellValue,
  reference: number | null,
): TypedDate | UndatableDate | null {
  if (typeof v === 'number')
    return isDateSerial(v) ? { kind: 'date', value: v } : { kind: 'undatable', reason: 'unknown' };
  if (typeof v !== 'string') return null;
  const t = v.replace(WEEKDAY, ' ').trim();
  const full = parseDateText(t);
  if (full !== null) return { kind: 'date', value: full, fromText: true };
  const md = parseMonthDay(t);
  if (!md) return null;
  if (reference === null) return { kind: 'undatable', reason: 'noYear' };
  const value = nearestYearSerial(md, reference);
  return value === null
    ? { kind: 'undatable', reason: 'unknown' }
    : { kind: 'date', value, fromText: true };
}
