import data from 'chinese-days/dist/chinese-days.json';
import { fromSerial, weekday } from './serial';

/**
 * China's statutory holidays and 调休 working days from the `chinese-days` data package (offline,
 * MIT). The State Council publishes each next year around November, so a plan can reach past the
 * data: `LAST_DATA_YEAR` tells how far it goes.
 */
const holidays = data.holidays as Record<string, string>;
const workdays = data.workdays as Record<string, string>;

/** The Chinese name of a holiday from the package's "English,中文,n" text. */
const chineseName = (entry: string | undefined) => entry?.split(',')[1] ?? '';

export const LAST_DATA_YEAR = Math.max(...Object.keys(holidays).map((d) => Number(d.slice(0, 4))));

/** What kind of day an ISO date is in China, and why. */
export interface DayKind {
  readonly working: boolean;
  /** 春节, 国庆节 …, `调休上班` for a weekend working day, `周末`, or '' for a plain weekday. */
  readonly note: string;
}

/**
 * Whether a date is a working day: holidays are off, 调休 weekends are on, other weekends off.
 * @example dayKind('2026-10-10', 6) // { working: true, note: '国庆节调休上班' }
 */
export function dayKind(iso: string, weekdayIndex: number): DayKind {
  const holiday = holidays[iso];
  if (holiday) return { working: false, note: chineseName(holiday) };
  const shifted = workdays[iso];
  if (shifted) return { working: true, note: `${chineseName(shifted)}调休上班` };
  const weekend = weekdayIndex === 0 || weekdayIndex === 6;
  return { working: !weekend, note: weekend ? '周末' : '' };
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/**
 * Whether the day of a serial is a working day in China; null past the data, where nobody knows
 * yet (guessing Monday–Friday would make 元旦 2027 a working day). A package update of
 * `chinese-days` that adds the next year answers for it, with no year listed anywhere here.
 * @example isWorkingDay(toSerial({ year: 2026, month: 10, day: 10 })) // true: a 调休 Saturday
 */
export function isWorkingDay(serial: number): boolean | null {
  const p = fromSerial(Math.floor(serial));
  if (p.year > LAST_DATA_YEAR) return null;
  return dayKind(`${p.year}-${pad2(p.month)}-${pad2(p.day)}`, weekday(serial)).working;
}
