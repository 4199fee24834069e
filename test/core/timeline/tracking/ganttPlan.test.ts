import type { Grid } from '../../../../src/core/grid';
import type { TaskSheet } from '../../../../src/core/timeline/readTaskSheet';
import { checkPlan } from '../../../../src/core/plan';
import { toSerial } from '../../../../src/core/calendar/serial';
import { generateTimeline } from '../../../../src/core/timeline/generateTimeline';
import { ganttColumn, ganttPlan } from '../../../../src/core/timeline/tracking/ganttPlan';
import { MemoryHost } from '../../../../src/hosts/memory/MemoryHost';
import type { TrackingLayout } from '../../../../src/core/timeline/types';

const LAUNCH = 46337 + 10 / 24; // 2026-11-11 10:00
const grid = (rows: number): Grid => ({
  sheet: '推进表',
  origin: { row: 0, col: 0 },
  values: Array.from({ length: rows }, () => []),
  formulas: Array.from({ length: rows }, () => []),
  merges: [],
});
const layout = (headerRow: number): TrackingLayout => ({
  grid: grid(headerRow + 3),
  ts: { sheet: '推进表', headerRow, mapping: {}, tasks: [], lastCol: 3 } as unknown as TaskSheet,
  startCol: 4,
  dueCol: 5,
  extent: headerRow + 2,
  blockAt: { row: 0, col: 7 },
  blockWidth: 5,
  main: { address: '$J$1', value: LAUNCH },
  milestoneAddresses: ['$J$1'],
  // 11-04 to 11-12 12:00: with a day either side, 11-03 to 11-13.
  schedule: [
    { task: {} as never, start: 46330, due: 46331 },
    { task: {} as never, start: null, due: 46338.5 },
  ],
});

describe('ganttPlan', () => {
  it('spans the plan with a day either side, right of the summary, counted from the main milestone', () => {
    const g = ganttPlan(layout(1), { gantt: true, ganttMaxDays: 70 });
    // The summary is 6 wide from H, wider than the block: the Gantt starts a column after, at O.
    expect(g.days).toBe(11);
    expect(g.box).toEqual({ row: 0, col: 14, rows: 4, cols: 11 });
    // 11-03 is 8 days before 开团's date.
    expect(g.blocks[0]?.cells[0]?.slice(0, 2)).toEqual([
      { kind: 'formula', formula: '=INT($J$1)-8' },
      { kind: 'formula', formula: '=O2+1' },
    ]);
    expect(g.blocks[1]?.at).toEqual({ row: 0, col: 14 });
    expect(g.clear).toEqual({ row: 1, col: 14, rows: 1000, cols: 70 });
  });

  it('shows at most ganttMaxDays, and no month row on a header in row 1', () => {
    const g = ganttPlan(layout(0), { gantt: true, ganttMaxDays: 5 });
    expect(g.days).toBe(5);
    expect(g.blocks).toHaveLength(1);
    expect(g.box).toEqual({ row: 0, col: 14, rows: 3, cols: 5 });
  });
});

describe('ganttColumn', () => {
  it('is one blank column right of the summary under a block right of the table (O)', () => {
    // Table A–D, planned E and F, block from H (5 wide), summary H–M: the Gantt from O.
    expect(ganttColumn(layout(1))).toBe(14);
  });

  it('is right of the planned columns and the summary, not of a 里程碑 block the team typed in column A', () => {
    // Table A–G, planned H and I, the block A–E above the table; the summary goes to K–P.
    const at = { ...layout(1), startCol: 7, dueCol: 8, blockAt: { row: 0, col: 0 } };
    expect(ganttColumn({ ...at, ts: { ...at.ts, lastCol: 6 } })).toBe(17); // R
  });

  it('is right of a block wider than the summary', () => {
    // A block of six milestones (13 wide) from K reaches W: the Gantt from Y.
    const at = { ...layout(1), startCol: 7, dueCol: 8, blockAt: { row: 0, col: 10 } };
    expect(ganttColumn({ ...at, blockWidth: 13 })).toBe(24);
  });
});

describe('ganttPlan on a 推进表 whose 里程碑 block is in column A', () => {
  const day = (d: number, hour = 0) => toSerial({ year: 2026, month: 9, day: d, hour });
  // As libreoffice-dianpu.xlsx lays it out: the block on row 1 from A, the table A–G from row 2.
  const rows = [
    ['里程碑', '活动开始', day(20, 10), '活动结束', day(22, 23)],
    ['序号', '阶段', '部门', '事项', '截止时间', '负责人', '状态'],
    [1, '活动前', '运营', '确定活动主题', '活动开始前3天', '运营主管', '已完成'],
    [2, null, '美工', '活动页面设计', '活动开始前2天', '美工主管', '进行中'],
    [3, '活动后', '运营', '活动复盘', '活动结束后2天', '店长', '未开始'],
  ];

  it('plans H and I, the summary from K and the Gantt from R, none overlapping', () => {
    const grid = MemoryHost.fromSheets({ 推进表: rows }).readGrid('推进表');
    const result = generateTimeline(grid)!;
    expect(result.columns).toEqual({ start: 7, due: 8 });
    // Summary K–P (max(A, I + 2) = K, six wide); one blank column (Q); the Gantt from R.
    expect(result.gantt?.col).toBe(17);
    const plan = result.plan!;
    expect(() => checkPlan(plan)).not.toThrow();
    const sheet = plan.sheets.find((sp) => sp.sheet === '推进表')!;
    // The Gantt's day headers on the header row (2), from R; nothing of it left of R.
    const header = sheet.blocks.find((b) => b.at.row === 1 && b.at.col === 17);
    expect(header?.cells[0]).toHaveLength(result.gantt!.days);
    // 09-17 to 09-24 with a day either side of the plan: 09-16 … 09-25.
    expect(result.gantt!.days).toBe(10);
    // Printed down to the summary's last row: 2 phases and 2 departments (a heading and a blank
    // row each) and 同日上限, rows 3–11; across to the Gantt's last day.
    expect(sheet.print?.area).toEqual({ row: 0, col: 0, rows: 11, cols: 17 + 10 });
  });

  it('prints across the planned columns without a Gantt, not only to the block’s end (E)', () => {
    const grid = MemoryHost.fromSheets({ 推进表: rows }).readGrid('推进表');
    const result = generateTimeline(grid, { tracking: { gantt: false, ganttMaxDays: 0 } })!;
    const sheet = result.plan!.sheets.find((sp) => sp.sheet === '推进表')!;
    expect(sheet.print?.area?.cols).toBe(9); // A–I
  });
});
