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
  ts: {
    sheet: '推进表',
    headerRow,
    mapping: {},
    tasks: [],
    lastCol: 3,
    owned: {},
  } as unknown as TaskSheet,
  startCol: 4,
  dueCol: 5,
  extent: headerRow + 2,
  // The block down the planned columns, below the table.
  blockBox: { row: headerRow + 4, col: 4, rows: 2, cols: 2 },
  limitAt: { row: headerRow + 6, col: 4 },
  main: { address: '$F$6', value: LAUNCH },
  milestones: [{ name: '开团', address: '$F$6', value: LAUNCH }],
  // 11-04 to 11-12 12:00: with a day either side, 11-03 to 11-13.
  schedule: [
    { task: {} as never, start: 46330, due: 46331 },
    { task: {} as never, start: null, due: 46338.5 },
  ],
});
// The day of the week, 0 = Sunday, of a serial (1899-12-30 is serial 0), by the calendar, not the code.
const dayOfWeek = (serial: number) =>
  new Date(Date.UTC(1899, 11, 30) + serial * 86400000).getUTCDay();
const formulaAt = (cells: readonly { kind: string }[] | undefined, i: number) =>
  (cells?.[i] as { formula?: string } | undefined)?.formula;

describe('ganttPlan', () => {
  it('starts right after the planned columns, a day either side of the plan, counted from the main milestone', () => {
    const g = ganttPlan(layout(2), { gantt: true, ganttMaxDays: 70 });
    // Table A–D, planned E and F: the days from G, 11-03 … 11-13.
    expect(g.days).toBe(11);
    // 11-03 is 8 days before 开团's date.
    expect(g.blocks[0]?.at).toEqual({ row: 2, col: 6 });
    expect(g.blocks[0]?.cells[0]?.slice(0, 2)).toEqual([
      { kind: 'formula', formula: '=INT($F$6)-8' },
      { kind: 'formula', formula: '=G3+1' },
    ]);
    // The label row above the day row and the legend above it: the box reaches row 1.
    expect(g.box).toEqual({ row: 0, col: 6, rows: 5, cols: 11 });
    expect(g.top).toBe(0);
  });

  it('labels the first day, Mondays and month starts, and marks a milestone’s day with ◆, none running into another', () => {
    const g = ganttPlan(layout(2), { gantt: true, ganttMaxDays: 70 });
    const labels = g.blocks.find((b) => b.at.row === 1)?.cells[0];
    const first = 46329; // 11-03
    const letter = (i: number) => String.fromCharCode(71 + i); // G …
    // The first day's date, and ◆开团 on 11-11 (day 8), each a formula on its own day cell.
    expect(formulaAt(labels, 0)).toBe('=MONTH(G$3)&"/"&DAY(G$3)');
    expect(formulaAt(labels, 8)).toBe(`=IF(${letter(8)}$3=INT($F$6),"◆开团","")`);
    const mondays = Array.from({ length: 11 }, (_, i) => i).filter(
      (i) => dayOfWeek(first + i) === 1,
    );
    for (const i of mondays) {
      // A Monday gets its date unless a label within a column of it already reads there.
      const clash = [0, 8].some((j) => Math.abs(j - i) <= 1 || i + 1 === j - 1);
      expect(formulaAt(labels, i)).toBe(
        clash ? undefined : `=MONTH(${letter(i)}$3)&"/"&DAY(${letter(i)}$3)`,
      );
    }
    // Every other cell is blank, so a label's text runs over it.
    const labelled = labels!.map((c, i) => (c.kind === 'blank' ? -1 : i)).filter((i) => i >= 0);
    for (let k = 1; k < labelled.length; k++)
      expect(labelled[k]! - labelled[k - 1]!).toBeGreaterThanOrEqual(2);
  });

  it('puts a legend of what each colour means above the labels, starting with 图例', () => {
    const withDepts: TrackingLayout = {
      ...layout(2),
      // To 11-30: 28 days, room for every item.
      schedule: [...layout(2).schedule, { task: {} as never, start: null, due: 46355 }],
      ts: {
        ...layout(2).ts,
        mapping: { department: 1 },
        tasks: [{ department: '运营' }, { department: '美工' }],
      } as unknown as TaskSheet,
    };
    const g = ganttPlan(withDepts, { gantt: true, ganttMaxDays: 70 });
    const legend = g.blocks.find((b) => b.at.row === 0)!;
    const texts = legend.cells[0]!.filter((c) => c.kind === 'text').map(
      (c) => (c as { value: string }).value,
    );
    expect(texts).toEqual(['图例', '运营', '美工', '今天', '休息日']);
    // Each name sits right of its swatch: the swatch's fill is the colour the bars use.
    const swatches = g.styles.filter((s) => s.range.row === 0).map((s) => s.fill);
    expect(swatches.slice(0, 2)).toEqual(['#5B9BD5', '#ED7D31']);
  });

  it('shows at most ganttMaxDays, and on a header in row 1 puts the labels and legend under the table', () => {
    const g = ganttPlan(layout(0), { gantt: true, ganttMaxDays: 5 });
    expect(g.days).toBe(5);
    // Extent is row 3 (index 2): labels on row 4, the legend on row 5.
    expect(g.blocks.map((b) => b.at.row)).toEqual([0, 3, 4]);
    expect(g.box).toEqual({ row: 0, col: 6, rows: 5, cols: 5 });
  });
});

describe('ganttColumn', () => {
  it('is the column right after the planned columns (G), whatever the block below the table', () => {
    expect(ganttColumn(layout(1))).toBe(6);
  });

  it('is right after 偏差天数 where the team records actual finishes', () => {
    expect(ganttColumn({ ...layout(1), actuals: { finish: 2, deviationCol: 6 } })).toBe(7);
  });

  it('is right of a block an earlier version laid out across a row right of the table', () => {
    // Across row 1 from I, four pairs, to Q: the days from R, so no narrow day column cuts a date.
    const across = { ...layout(1), blockBox: { row: 0, col: 8, rows: 1, cols: 9 } };
    expect(ganttColumn(across)).toBe(17);
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

  it('plans H and I, the Gantt from J, and the summary on a sheet of its own', () => {
    const grid = MemoryHost.fromSheets({ 推进表: rows }).readGrid('推进表');
    const result = generateTimeline(grid)!;
    expect(result.columns).toEqual({ start: 7, due: 8 });
    expect(result.gantt?.col).toBe(9);
    expect(result.plan!.sheets.map((sp) => sp.sheet)).toContain('推进表汇总');
    const plan = result.plan!;
    expect(() => checkPlan(plan)).not.toThrow();
    const sheet = plan.sheets.find((sp) => sp.sheet === '推进表')!;
    // The Gantt's day headers on the header row (2), from J.
    const header = sheet.blocks.find((b) => b.at.row === 1 && b.at.col === 9);
    expect(header?.cells[0]).toHaveLength(result.gantt!.days);
    // 09-17 to 09-24 with a day either side of the plan: 09-16 … 09-25.
    expect(result.gantt!.days).toBe(10);
    // The labels go on row 1 over the Gantt (the team's block ends at E); no second row above
    // the header, so the legend goes under the table, on row 6: printed down to it, and across
    // to the Gantt's last day.
    expect(sheet.blocks.some((b) => b.at.row === 0 && b.at.col === 9)).toBe(true);
    expect(sheet.print?.area).toEqual({ row: 0, col: 0, rows: 6, cols: 9 + 10 });
  });

  it('prints across the planned columns without a Gantt, not only to the block’s end (E)', () => {
    const grid = MemoryHost.fromSheets({ 推进表: rows }).readGrid('推进表');
    const result = generateTimeline(grid, { tracking: { gantt: false, ganttMaxDays: 0 } })!;
    const sheet = result.plan!.sheets.find((sp) => sp.sheet === '推进表')!;
    expect(sheet.print?.area?.cols).toBe(9); // A–I
  });
});
