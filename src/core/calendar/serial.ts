/**
 * Excel serial dates in the 1900 date system, computed with integer arithmetic only: a JS `Date`
 * never crosses a boundary, so no time zone can shift a deadline.
 *
 * Serial 1 is 1900-01-01; Excel keeps Lotus' phantom 1900-02-29 as serial 60, so from
 * 1900-03-01 on a serial is the day count since 1899-12-30. The fraction is the time of day.
 */

/** A calendar date and time of day, month 1–12. */
export interface DateParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour?: number;
  readonly minute?: number;
  readonly second?: number;
}

export const MINUTES_PER_DAY = 1440;

// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil).
function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function civilFromDays(z: number): { year: number; month: number; day: number } {
  const zz = z + 719468;
  const era = Math.floor(zz / 146097);
  const doe = zz - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

// 1899-12-30 is serial 0 for every date from 1900-03-01 on.
const EPOCH_DAYS = daysFromCivil(1899, 12, 30);
const MARCH_1900 = 61;

/** Whether the parts name a real calendar date (and a valid time of day). */
export function isValidDate(p: DateParts): boolean {
  const { year, month, day, hour = 0, minute = 0, second = 0 } = p;
  if (![year, month, day, hour, minute].every(Number.isInteger)) return false;
  if (year < 1900 || year > 9999 || month < 1 || month > 12 || day < 1) return false;
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second >= 60)
    return false;
  return civilFromDays(daysFromCivil(year, month, day)).day === day;
}

/**
 * The Excel serial of a date and time.
 * @example toSerial({ year: 2026, month: 11, day: 11, hour: 20 }) // 46337.833333333336
 */
export function toSerial(p: DateParts): number {
  if (!isValidDate(p)) throw new RangeError(`not a date: ${JSON.stringify(p)}`);
  let days = daysFromCivil(p.year, p.month, p.day) - EPOCH_DAYS;
  if (days < MARCH_1900) days -= 1; // before Lotus' phantom day
  const seconds = (p.hour ?? 0) * 3600 + (p.minute ?? 0) * 60 + (p.second ?? 0);
  return days + seconds / 86400;
}

/**
 * The date and time of an Excel serial, rounded to the nearest second so that formula
 * arithmetic like `+30/1440` reads back as a whole minute.
 * @example fromSerial(46337.8333333) // { year: 2026, month: 11, day: 11, hour: 20, minute: 0, second: 0 }
 */
export function fromSerial(serial: number): Required<DateParts> {
  if (!Number.isFinite(serial) || serial < 1) throw new RangeError(`not a date serial: ${serial}`);
  let totalSeconds = Math.round(serial * 86400);
  let days = Math.floor(totalSeconds / 86400);
  totalSeconds -= days * 86400;
  if (days === 60) return { year: 1900, month: 2, day: 29, ...timeOf(totalSeconds) };
  if (days < MARCH_1900) days += 1;
  return { ...civilFromDays(days + EPOCH_DAYS), ...timeOf(totalSeconds) };
}

function timeOf(seconds: number): { hour: number; minute: number; second: number } {
  return {
    hour: Math.floor(seconds / 3600),
    minute: Math.floor((seconds % 3600) / 60),
    second: seconds % 60,
  };
}

/**
 * Day of the week of a serial, 0 = Sunday … 6 = Saturday (as Excel's WEEKDAY(x)-1).
 * @example weekday(toSerial({ year: 2026, month: 10, day: 10 })) // 6, a Saturday
 */
export function weekday(serial: number): number {
  return (((Math.floor(serial) - 1) % 7) + 7) % 7;
}

const ISO_RE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2}))?$/;

/**
 * Parses `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM` (a space works too) into a serial, or null.
 * @example parseIsoDateTime("2026-11-11T20:00") // 46337.833333333336
 */
export function parseIsoDateTime(text: string): number | null {
  const m = ISO_RE.exec(text.trim());
  if (!m) return null;
  const parts = {
    year: Number(m[1]),
    month: Number(m[2]),
    day: Number(m[3]),
    hour: m[4] === undefined ? 0 : Number(m[4]),
    minute: m[5] === undefined ? 0 : Number(m[5]),
  };
  return isValidDate(parts) ? toSerial(parts) : null;
}

const DATE_TEXT_RE =
  /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[T\s]*(\d{1,2})\s*[:：点时]\s*(\d{1,2})?\s*分?)?$/;

/**
 * A date typed as text the way teams write it — `2026/11/11 20:00`, `2026.11.11`, `2026年11月11日
 * 20:00`, full-width digits too — as a serial; null without a year or when it is no real date.
 * @example parseDateText('2026/11/11 20:00') // 46337.833333333336
 */
export function parseDateText(text: string): number | null {
  const t = text.trim().replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  const m = DATE_TEXT_RE.exec(t);
  if (!m) return null;
  const parts = {
    year: Number(m[1]),
    month: Number(m[2]),
    day: Number(m[3]),
    hour: m[4] === undefined ? 0 : Number(m[4]),
    minute: m[5] === undefined ? 0 : Number(m[5]),
  };
  return isValidDate(parts) && parts.hour < 24 && parts.minute < 60 ? toSerial(parts) : null;
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A serial as `YYYY-MM-DD`, with ` HH:MM` when it has a time of day.
 * @example formatSerial(46337.8333333) // "2026-11-11 20:00"
 */
export function formatSerial(serial: number): string {
  const p = fromSerial(serial);
  const date = `${p.year}-${pad(p.month)}-${pad(p.day)}`;
  return p.hour === 0 && p.minute === 0 ? date : `${date} ${pad(p.hour)}:${pad(p.minute)}`;
}
