import type { CellValue, Grid } from '../../../../src/core/grid';
import { workCalendarPlan } from '../../../../src/core/calendar/workCalendar';
import { editGrid } from '../../../../src/core/timeline/reuse/editGrid';
import { extendCalendar } from '../../../../src/core/timeline/reuse/extendCalendar';
import { reuseTimeline } from '../../../../src/core/timeline/reuse/reuseTimeline';

// Excel's 1900 serial from the platform's UTC clock, not from the code under test.
const serial = (y: number, m: number, d: number, h = 0, min = 0) =>
  (Date.UTC(y, m - 1, d, h, min) - Date.UTC(1899, 11, 30)) / 86_400_000;
const gridOf = (values: CellValue[][], sheet = '推进表'): Grid => ({
  sheet,
  origin: { row: 0, col: 0 },
  values,
  formulas: [],
  merges: [],
});
const FROM = { 开团: serial(2026, 11, 11, 20) };
const TO = { 开团: serial(2027, 6, 18, 20) };

describe('reuseTimeline', () => {
  it('is null for a grid that holds no 推进表', () => {
    expect(reuseTimeline(gridOf([['备注'], ['复盘']]), { from: FROM, to: TO })).toBeNull();
  });

  it('says when the plan has no typed date, and still plans the new campaign', () => {
    const grid = gridOf([
      ['事项', '截止时间'],
      ['核价', '开团前2天'],
    ]);
    const r = reuseTimeline(grid, { from: FROM, to: TO })!;
    expect(r.moved).toEqual([]);
    // The Gantt shades 2027's days off from a calendar past the holiday data: said too.
    expect(r.issues.map((i) => i.code)).toEqual([
      'REUSE_NOTHING_TYPED',
      'CALENDAR_YEAR_MISSING',
      'TIMELINE_WRITTEN',
    ]);
    expect(r.timeline?.schedule[0]?.due).toBe(serial(2027, 6, 16));
  });

  it('warns of a milestone on the sheet that no new date moves, and sets the one it does', () => {
    const grid = gridOf([
      ['里程碑', '开团', FROM.开团, '报名', serial(2026, 10, 12)],
      [],
      ['事项', '截止时间'],
      ['核价', serial(2026, 11, 9)],
      ['报名', '报名前1天'],
    ]);
    const r = reuseTimeline(grid, { from: FROM, to: TO })!;
    const kept = r.issues.find((i) => i.code === 'REUSE_MILESTONE_KEPT');
    expect(kept?.params).toEqual({ name: '报名', date: '2026-10-12' });
    expect(kept?.cell?.address).toBe('E1');
    // In the team's block on row 1 (A–E) only the new 开团 is written; the Gantt's legend goes
    // right of the table on that row, from F.
    const written = r.plan!.sheets[0]!.blocks.filter((b) => b.at.row === 0 && b.at.col < 5);
    expect(written.map((b) => [b.at.col, b.cells[0]?.[0]])).toEqual([
      [2, { kind: 'number', value: TO.开团 }],
    ]);
    expect(r.timeline?.schedule[0]?.due).toBe(serial(2027, 6, 16)); // 开团前2天
  });
});

describe('extendCalendar', () => {
  const calendarGrid = (plan = workCalendarPlan(2025, 2026)): Grid => {
    const cells = plan.blocks[0]!.cells;
    return {
      sheet: '工作日历',
      origin: { row: 0, col: 0 },
      values: cells.map((r) => r.map((c) => ('value' in c ? c.value : null) as CellValue)),
      formulas: cells.map((r) => r.map((c) => (c.kind === 'formula' ? c.formula : null))),
      merges: [],
    };
  };

  it('appends the missing year below the last day, the running count carried on', () => {
    const ext = extendCalendar(calendarGrid(workCalendarPlan(2025, 2025)), 2026)!;
    const [first] = ext.plan.blocks;
    // 2025 fills rows 2..366 (1-based); 2026-01-01 goes on row 367.
    expect(first?.at).toEqual({ row: 366, col: 0 });
    expect(first?.cells).toHaveLength(365);
    expect(first?.cells[0]?.[0]).toEqual({ kind: 'number', value: serial(2026, 1, 1) });
    expect(first?.cells[0]?.[1]).toEqual({ kind: 'number', value: 0 }); // 元旦
    expect(first?.cells[0]?.[2]).toMatchObject({ formula: '=C366+B367' });
    expect(ext.calendar.values.at(-1)?.[0]).toBe(serial(2026, 12, 31));
    expect(ext.issues).toEqual([]);
  });

  it('never appends a year the holiday data lacks: 2027 stays out, its days show 日历缺', () => {
    const ext = extendCalendar(calendarGrid(workCalendarPlan(2025, 2025)), 2027)!;
    expect(ext.calendar.values.at(-1)?.[0]).toBe(serial(2026, 12, 31));
    expect(extendCalendar(calendarGrid(), 2027)).toBeNull();
  });

  it('leaves a calendar that already reaches the year', () => {
    expect(extendCalendar(calendarGrid(), 2026)).toBeNull();
    expect(extendCalendar(editGrid(calendarGrid(), []), 2025)).toBeNull();
  });
});
