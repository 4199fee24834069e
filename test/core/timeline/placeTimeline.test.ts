import { findMilestones } from '../../../src/core/timeline/milestoneCells';
import { placeTimeline } from '../../../src/core/timeline/placeTimeline';
import { readTaskSheet } from '../../../src/core/timeline/readTaskSheet';
import { MemoryHost, type RawCell } from '../../../src/hosts/memory/MemoryHost';

const HEAD = ['阶段', '事项', '完成时间', '负责人'];
const TASKS: RawCell[][] = [
  ['活动前', '核价', '开团前2天', '小王'],
  [null, '核库存', '开团前1天', '小王'],
];
const place = (rows: RawCell[][]) => {
  const grid = MemoryHost.fromSheets({ 推进表: rows }).readGrid('推进表');
  const ts = readTaskSheet(grid)!;
  return placeTimeline(grid, ts, findMilestones(grid, ts));
};

describe('placeTimeline', () => {
  it('puts the planned columns right of the table and the block down them, a blank row below the table', () => {
    // Table A–D, header on row 2, tasks on rows 3–4: columns E and F, the block from E6.
    expect(place([[null], HEAD, ...TASKS])).toEqual({
      startCol: 4,
      dueCol: 5,
      block: { at: { row: 5, col: 4 }, vertical: true },
    });
  });

  it('puts the block below what an earlier, longer run left in the planned columns', () => {
    const head = [...HEAD, '计划开始', '计划截止'];
    const stale: RawCell[] = [null, null, null, null, 46300, 46301];
    // Planned cells down to row 6 from a run when the table was longer: the block goes to E8.
    expect(place([head, ...TASKS, [], [], stale]).block.at).toEqual({ row: 7, col: 4 });
  });

  it('finds the columns and the block where an earlier run put them', () => {
    const block: RawCell[] = [
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      '里程碑',
      '报名',
    ];
    const head = [...HEAD, '备注', '计划开始', '计划截止'];
    // The team added 备注 (E) after the run: 计划开始 is now F, 计划截止 G; an earlier version's
    // block across row 1 from J1 stays.
    expect(place([block, head, ...TASKS])).toEqual({
      startCol: 5,
      dueCol: 6,
      block: { at: { row: 0, col: 9 }, vertical: false },
    });
  });
});
