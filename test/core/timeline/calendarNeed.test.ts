import { LAST_DATA_YEAR } from '../../../src/core/calendar/chinaHolidays';
import { toSerial } from '../../../src/core/calendar/serial';
import type { Grid } from '../../../src/core/grid';
import { calendarNeed } from '../../../src/core/timeline/calendarNeed';

const day = (year: number, month = 6, d = 18) => toSerial({ year, month, day: d });
const teamCalendar = (lastYear: number): Grid => ({
  sheet: '工作日历',
  origin: { row: 0, col: 0 },
  values: [
    ['日期', '工作日'],
    [day(lastYear, 12, 30), 1],
    [day(lastYear, 12, 31), 1],
  ],
  formulas: [],
  merges: [],
});

describe('calendarNeed', () => {
  it('needs nothing when no formula counts working days', () => {
    expect(calendarNeed({ countsWorkdays: false, dates: [day(2099)], teamCalendar: null })).toEqual(
      { sheets: [], issues: [] },
    );
  });

  it('writes a 工作日历 from the year before the first milestone to the end of the data', () => {
    const need = calendarNeed({
      countsWorkdays: true,
      dates: [day(LAST_DATA_YEAR)],
      teamCalendar: null,
    });
    expect(need.issues).toEqual([]);
    const [sheet] = need.sheets;
    expect(sheet?.sheet).toBe('工作日历');
    const rows = sheet!.blocks[0]!.cells;
    // The header, then every day of the two years.
    const days = day(LAST_DATA_YEAR, 12, 31) - day(LAST_DATA_YEAR - 1, 1, 1) + 1;
    expect(rows).toHaveLength(1 + days);
    expect(rows[1]?.[0]).toEqual({ kind: 'number', value: day(LAST_DATA_YEAR - 1, 1, 1) });
  });

  it('names the years past the holiday data', () => {
    const last = LAST_DATA_YEAR + 2;
    const need = calendarNeed({ countsWorkdays: true, dates: [day(last)], teamCalendar: null });
    expect(need.sheets).toHaveLength(1);
    expect(need.issues).toEqual([
      {
        code: 'CALENDAR_YEAR_MISSING',
        severity: 'warning',
        cell: { sheet: '工作日历' },
        params: { year: LAST_DATA_YEAR, years: `${LAST_DATA_YEAR + 1}、${LAST_DATA_YEAR + 2}` },
      },
    ]);
  });

  it('only reads the team’s own calendar, and names the years past its last date', () => {
    const need = calendarNeed({
      countsWorkdays: true,
      dates: [day(2026), day(2027)],
      teamCalendar: teamCalendar(2026),
    });
    expect(need.sheets).toEqual([]);
    expect(need.issues.map((i) => i.params)).toEqual([{ year: 2026, years: '2027' }]);
    expect(
      calendarNeed({ countsWorkdays: true, dates: [day(2026)], teamCalendar: teamCalendar(2026) }),
    ).toEqual({ sheets: [], issues: [] });
  });
});
