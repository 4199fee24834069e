import type { CellRef } from '../../../src/core/a1';
import type { CellValue, Grid } from '../../../src/core/grid';
import {
  BLOCK_MARKER,
  findMilestones,
  valueAddress,
} from '../../../src/core/timeline/milestoneCells';

const gridOf = (values: CellValue[][], origin: CellRef = { row: 0, col: 0 }): Grid => ({
  sheet: '推进表',
  origin,
  values,
  formulas: [],
  merges: [],
});

const HEAD = ['阶段', '事项', '完成时间', '负责人'];
const TASK = ['活动前', '核价', '开团前2天', '小王'];
const OPEN = 46337 + 10 / 24; // 2026-11-11 10:00

describe('findMilestones', () => {
  it('reads the add-in’s block down the sheet: 里程碑 | 日期, then name | date pairs up to the first blank name or the same-day limit', () => {
    // The block at I31 under the planned columns; the table's header on row 1.
    const rows: CellValue[][] = [HEAD, TASK, ...Array.from({ length: 28 }, () => [])];
    const pad = Array<CellValue>(8).fill(null);
    rows.push([...pad, BLOCK_MARKER, '日期'], [...pad, '报名', 46300], [...pad, '开团', OPEN]);
    rows.push([...pad, '同日上限', 3], [...pad, '预热', 46320]);
    const found = findMilestones(gridOf(rows), { headerRow: 0, lastCol: 3, lastRow: 1 });
    expect(found).toEqual({
      block: { at: { row: 30, col: 8 }, vertical: true },
      cells: [
        { name: '报名', label: { row: 31, col: 8 }, value: 46300, source: 'block' },
        { name: '开团', label: { row: 32, col: 8 }, value: OPEN, source: 'block' },
        // Past the limit the block has ended: a labelled date there is the team's own.
        { name: '预热', label: { row: 34, col: 8 }, value: 46320, source: 'team' },
      ],
    });
    // The value cells the formulas point at: J32 and J33.
    const inBlock = found.cells.filter((c) => c.source === 'block');
    expect(inBlock.map(valueAddress)).toEqual(['$J$32', '$J$33']);
  });

  it('reads a block an earlier version laid out across a row: name | value pairs right of 里程碑, up to the first blank name', () => {
    // The grid starts at C2: the block is on sheet row 2 from column C, the table's header on row 4.
    const grid = gridOf(
      [
        [
          ` ${BLOCK_MARKER} `,
          '报名',
          46300,
          '竞拍完成',
          '2026-10-20',
          '直播',
          null,
          null,
          '返场',
          1,
        ],
        [],
        HEAD,
        TASK,
      ],
      { row: 1, col: 2 },
    );
    expect(findMilestones(grid, { headerRow: 3, lastCol: 5, lastRow: 4 })).toEqual({
      block: { at: { row: 1, col: 2 }, vertical: false },
      cells: [
        { name: '报名', label: { row: 1, col: 3 }, value: 46300, source: 'block' },
        // Names as canonical (竞拍完成 is 竞拍); a custom name stays; an empty value is kept.
        { name: '竞拍', label: { row: 1, col: 5 }, value: '2026-10-20', source: 'block' },
        { name: '直播', label: { row: 1, col: 7 }, value: null, source: 'block' },
      ],
    });
  });

  it('reads labels the team wrote outside the table whose right neighbour is a date', () => {
    const grid = gridOf([
      ['开团时间：', OPEN, null, '预热', '2026-11-01 20:00', '直播', 46330],
      ['备注', '2026-11-11', null, '结束', '待定'],
      HEAD,
      ['报名', '核价', '2026-10-01', '小王', null, '返场', 46350],
      [],
      ['活动结束', 0],
    ]);
    expect(findMilestones(grid, { headerRow: 2, lastCol: 3, lastRow: 3 })).toEqual({
      block: null,
      cells: [
        { name: '开团', label: { row: 0, col: 0 }, value: OPEN, source: 'team' },
        { name: '预热', label: { row: 0, col: 3 }, value: '2026-11-01 20:00', source: 'team' },
        // Right of the table on a task row is outside it; 报名 in column A is a task's cell.
        { name: '返场', label: { row: 3, col: 5 }, value: 46350, source: 'team' },
        { name: '活动结束', label: { row: 5, col: 0 }, value: 0, source: 'team' },
      ],
    });
  });

  it('lists the block first, and reads team labels left of the block on its row but not in it', () => {
    const grid = gridOf([
      ['开团', OPEN, null, BLOCK_MARKER, '报名', 46300, '开团', OPEN],
      HEAD,
      TASK,
    ]);
    expect(findMilestones(grid, { headerRow: 1, lastCol: 3, lastRow: 2 }).cells).toEqual([
      { name: '报名', label: { row: 0, col: 4 }, value: 46300, source: 'block' },
      { name: '开团', label: { row: 0, col: 6 }, value: OPEN, source: 'block' },
      { name: '开团', label: { row: 0, col: 0 }, value: OPEN, source: 'team' },
    ]);
  });

  it('takes the first 里程碑 row by row as the block', () => {
    const grid = gridOf([
      [null, null, BLOCK_MARKER, '报名', 46300],
      [BLOCK_MARKER, '开团', OPEN],
    ]);
    const found = findMilestones(grid, { headerRow: 5, lastCol: 3, lastRow: 9 });
    expect(found.block).toEqual({ at: { row: 0, col: 2 }, vertical: false });
    // The second marker's row is read as team labels: 开团 beside a date counts, 里程碑 does not.
    expect(found.cells.map((c) => [c.name, c.source])).toEqual([
      ['报名', 'block'],
      ['开团', 'team'],
    ]);
  });

  it('passes over labels whose neighbour is no date: text, an impossible date, a boolean', () => {
    const grid = gridOf([
      ['开团', '开团前2天'],
      ['报名', '2026-02-30'],
      ['竞拍', true],
      ['预热', null],
    ]);
    expect(findMilestones(grid, { headerRow: 9, lastCol: 3, lastRow: 9 })).toEqual({
      block: null,
      cells: [],
    });
  });

  it('finds nothing on an empty sheet', () => {
    expect(findMilestones(gridOf([]), { headerRow: 0, lastCol: -1, lastRow: -1 })).toEqual({
      block: null,
      cells: [],
    });
  });
});

describe('valueAddress', () => {
  it('gives the absolute address of the cell right of the label', () => {
    expect(valueAddress({ label: { row: 3, col: 9 } })).toBe('$K$4');
    expect(valueAddress({ label: { row: 0, col: 26 } })).toBe('$AB$1');
  });

  it('refuses a label in the sheet’s last column, which has no cell to its right', () => {
    expect(() => valueAddress({ label: { row: 0, col: 16383 } })).toThrow(RangeError);
  });
});
