import { calendarEnd, pastCalendar } from '../../../src/core/check/pastCalendar';
import { cellAddress } from '../../../src/core/a1';
import { LAST_DATA_YEAR } from '../../../src/core/calendar/chinaHolidays';
import { toSerial } from '../../../src/core/calendar/serial';
import { block, num, sheetPlan } from '../../../src/core/plan';
import { SAMPLE_SHEET } from '../../../src/core/sample/sampleWorkbook';
import { generateTimeline } from '../../../src/core/timeline/generateTimeline';
import { gridOf } from './_grid';
import { generatedSample, milestoneCell } from './_generated';

describe('calendarEnd', () => {
  it('is the last date of the team’s 工作日历, or 31 December of the holiday data’s last year', () => {
    const team = gridOf('工作日历', [['日期'], [46022], [46387.5], [46100]]);
    expect(calendarEnd(team)).toBe(46387);
    expect(calendarEnd(null)).toBe(toSerial({ year: LAST_DATA_YEAR, month: 12, day: 31 }));
  });
});

describe('pastCalendar', () => {
  it('finds nothing when every date is inside the calendar', async () => {
    const { grid } = await generatedSample();
    const t = generateTimeline(grid)!;
    expect(pastCalendar(t, toSerial({ year: 2026, month: 12, day: 31 }))).toEqual([]);
  });

  it('finds a milestone past the calendar and the planned dates that follow from it', async () => {
    const { host, grid } = await generatedSample();
    const end = milestoneCell(grid, '活动结束');
    const late = toSerial({ year: 2027, month: 3, day: 1, hour: 10 });
    host.writeSheetPlan({ ...sheetPlan(SAMPLE_SHEET), blocks: [block(end, [[num(late)]])] });
    const g = host.readGrid(SAMPLE_SHEET);
    const t = generateTimeline(g)!;
    // Only 恢复价格 (活动结束后1天) hangs on 活动结束: its start and due are 2027-03-02.
    const row = g.values.findIndex((r) => r.includes('活动结束后1天')) + g.origin.row;
    const found = pastCalendar(t, toSerial({ year: 2026, month: 12, day: 31 }));
    expect(found.map((f) => f.issue.cell?.address)).toEqual([
      cellAddress(end),
      cellAddress({ row, col: t.columns.start }),
      cellAddress({ row, col: t.columns.due }),
    ]);
    expect(found[2]?.issue.params.date).toBe('2027-03-02');
  });
});
