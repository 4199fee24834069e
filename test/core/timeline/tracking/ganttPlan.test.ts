import type { Grid } from '../../../../src/core/grid';
import type { TaskSheet } from '../../../../src/core/timeline/readTaskSheet';
import { ganttPlan } from '../../../../src/core/timeline/tracking/ganttPlan';
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
  ts: { sheet: '推进表', headerRow, mapping: {}, tasks: [] } as unknown as TaskSheet,
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
