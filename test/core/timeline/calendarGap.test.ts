import { toSerial } from '../../../src/core/calendar/serial';
import { errorCells } from '../../../src/core/grid';
import { ALERT } from '../../../src/core/plan/palette';
import { calendarGapRule } from '../../../src/core/timeline/calendarGapRule';
import { MemoryHost } from '../../../src/hosts/memory/MemoryHost';
import { JHS_SHEET, jhsMerges, jhsRowOf, jhsRows } from '../../fixtures/juhuasuan';
import { ANCHORS, runTimeline, shown } from '../../support/timeline';

const jhs = () => MemoryHost.fromSheets({ [JHS_SHEET]: jhsRows }, { [JHS_SHEET]: jhsMerges });
const START = 8; // I, right of the team's table A..H
const DUE = 9;
const row = jhsRowOf('活动款项到位'); // 报名前3个工作日

describe('a working-day date past the 工作日历', () => {
  it('shows 日历缺 and the missing year after HyperFormula evaluates it, not a blank', async () => {
    const host = jhs();
    // 2027-01-04, a Monday: three working days before it need 2027-01-01..03, which no
    // holiday data covers yet.
    const result = await runTimeline(host, JHS_SHEET, {
      anchors: { ...ANCHORS, 报名: toSerial({ year: 2027, month: 1, day: 4 }) },
    });
    const grid = host.readGrid(JHS_SHEET);
    expect([grid.values[row]?.[START], grid.values[row]?.[DUE]]).toEqual([
      '日历缺2027',
      '日历缺2027',
    ]);
    expect(errorCells(grid)).toEqual([]);
    expect(result?.issues.find((i) => i.code === 'CALENDAR_YEAR_MISSING')?.params).toEqual({
      year: 2026,
      years: '2027',
    });
  });

  it('still dates a plan inside the calendar, 调休 Saturday counted', async () => {
    const host = jhs();
    await runTimeline(host, JHS_SHEET, { anchors: ANCHORS });
    const grid = host.readGrid(JHS_SHEET);
    // 报名 2026-10-12: back over 10-10 (调休 Saturday), 10-09, 10-08.
    expect(shown(grid.values[row]?.[DUE])).toBe('2026-10-08');
  });

  it('highlights the marker in the planned columns with the alert look', () => {
    expect(calendarGapRule({ row: 3, col: 8, rows: 29, cols: 1 })).toEqual({
      range: { row: 3, col: 8, rows: 29, cols: 1 },
      formula: '=LEFT(I4,3)="日历缺"',
      fill: ALERT.fill,
      fontColor: ALERT.fontColor,
    });
  });

  it('puts that rule on both planned columns of a plan counting working days', async () => {
    const result = await runTimeline(jhs(), JHS_SHEET, { anchors: ANCHORS });
    const sheet = result!.plan!.sheets.find((s) => s.sheet === JHS_SHEET)!;
    const rules = sheet.conditionalFormats.filter((c) => c.formula.includes('日历缺'));
    expect(rules.map((r) => r.range.col).sort()).toEqual([START, DUE]);
    expect(rules.every((r) => r.fill === '#F8CBAD')).toBe(true);
  });
});
