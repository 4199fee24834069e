import data from 'chinese-days/dist/chinese-days.json';
import { isWorkingDay, LAST_DATA_YEAR } from '../../../src/core/calendar/chinaHolidays';
import { toSerial } from '../../../src/core/calendar/serial';
import { workCalendarPlan } from '../../../src/core/calendar/workCalendar';

const day = (year: number, month: number, d: number) => toSerial({ year, month, day: d });

describe('China’s working days from the holiday data', () => {
  it('knows 元旦, a 调休 Saturday and a plain weekday inside the data', () => {
    expect(isWorkingDay(day(2026, 1, 1))).toBe(false); // 元旦, a Thursday
    expect(isWorkingDay(day(2026, 10, 10))).toBe(true); // 国庆 调休 Saturday
    expect(isWorkingDay(day(2026, 10, 13))).toBe(true); // a Tuesday
    expect(isWorkingDay(day(2026, 10, 11))).toBe(false); // a Sunday
  });

  it('takes its last year from the package, so an update brings the next year in', () => {
    const years = Object.keys(data.holidays).map((d) => Number(d.slice(0, 4)));
    expect(LAST_DATA_YEAR).toBe(Math.max(...years));
  });

  it('says nothing is known past the data, never that 元旦 is a working day', () => {
    const next = LAST_DATA_YEAR + 1;
    expect(isWorkingDay(day(next, 1, 1))).toBeNull();
    expect(isWorkingDay(day(next, 3, 3))).toBeNull();
  });

  it('writes a 工作日历 with 元旦 off and no row past the years asked for', () => {
    const rows = workCalendarPlan(2026, 2026).blocks[0]!.cells;
    expect(rows).toHaveLength(1 + 365);
    // 2026-01-01: date, flag 0, running count, 元旦.
    expect(rows[1]?.[1]).toEqual({ kind: 'number', value: 0 });
    expect(rows[1]?.[3]).toEqual({ kind: 'text', value: '元旦' });
    expect(rows[365]?.[0]).toEqual({ kind: 'number', value: day(2026, 12, 31) });
  });
});
