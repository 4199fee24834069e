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
  it('puts the planned columns right of the table and the block a column further, above the header', () => {
    // Table A–D, header on row 2: columns E and F, the block from H on row 1.
    expect(place([[null], HEAD, ...TASKS])).toEqual({
      startCol: 4,
      dueCol: 5,
      blockAt: { row: 0, col: 7 },
    });
  });

  it('puts the block on the header row when the row above is taken or there is none', () => {
    expect(place([HEAD, ...TASKS]).blockAt).toEqual({ row: 0, col: 7 });
    const title: RawCell[] = [null, null, null, null, null, null, null, null, null, '双11推进表'];
    expect(place([title, HEAD, ...TASKS]).blockAt).toEqual({ row: 1, col: 7 });
  });

  it('finds the columns and the block where an earlier run put them', () => {
    const block: RawCell[] = [null, null, null, null, null, null, null, null, null, '里程碑'];
    const head = [...HEAD, '备注', '计划开始', '计划截止'];
    // The team added 备注 (E) after the run: 计划开始 is now F, 计划截止 G, the block stays at J1.
    expect(place([block, head, ...TASKS])).toEqual({
      startCol: 5,
      dueCol: 6,
      blockAt: { row: 0, col: 9 },
    });
  });
});
