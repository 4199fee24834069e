import { fromSerial, isValidDate, toSerial } from './serial';

/** A date typed without its year, and the time of day when one was written. */
export interface MonthDay {
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
}

// 10月28日, 10月28号, 11月11日 20:00, 11月11日20点, 6.18, 10/28. `M-D` is left out on purpose: in
// a due column `3-5` reads as a range of days as much as a date, and a guess there would be silent.
const MONTH_DAY_RE =
  /^(\d{1,2})\s*(?:月\s*(\d{1,2})\s*[日号]?|[./](\d{1,2}))(?:[T\s]*(\d{1,2})\s*[:：点时]\s*(\d{1,2})?\s*分?)?$/;

/**
 * A month and day typed as text without a year (`10月28日`, `11.11`, `6/18 20:00`), or null.
 * `M.D` is safe to read as a date here: a bare decimal with no unit is no deadline anyway, and the
 * trade names its days that way (6.18, 11.11). Full-width digits are read too.
 * @example parseMonthDay('11月11日 20:00') // { month: 11, day: 11, hour: 20, minute: 0 }
 */
export function parseMonthDay(text: string): MonthDay | null {
  const t = text.trim().replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  const m = MONTH_DAY_RE.exec(t);
  if (!m) return null;
  const parts = {
    month: Number(m[1]),
    day: Number(m[2] ?? m[3]),
    hour: m[4] === undefined ? 0 : Number(m[4]),
    minute: m[5] === undefined ? 0 : Number(m[5]),
  };
  // 2000 is a leap year, so 2月29日 passes here and is checked again once its year is known.
  return isValidDate({ year: 2000, ...parts }) ? parts : null;
}

/**
 * The serial of a month-day in the year that puts it nearest to a reference date (the campaign's
 * main milestone or its other typed dates): the campaign's own year, except that a plan around
 * New Year reads `1月5日` as the January after a December campaign and `12月20日` as the December
 * before a January one. Null when the day does not exist in any of those years (2月29日).
 * @example nearestYearSerial({ month: 1, day: 5, hour: 0, minute: 0 }, toSerial({ year: 2026, month: 12, day: 12 })) // 2027-01-05
 */
export function nearestYearSerial(md: MonthDay, reference: number): number | null {
  const ref = Math.floor(reference);
  const year = fromSerial(ref).year;
  let best: number | null = null;
  for (const y of [year, year - 1, year + 1]) {
    const parts = { year: y, ...md };
    if (!isValidDate(parts)) continue;
    const serial = toSerial(parts);
    if (best === null || Math.abs(Math.floor(serial) - ref) < Math.abs(Math.floor(best) - ref))
      best = serial;
  }
  return best;
}
