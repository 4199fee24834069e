import type { RangeBox } from '../../../src/core/a1';
import { readTaskSheet } from '../../../src/core/timeline/readTaskSheet';
import { MemoryHost, type RawCell } from '../../../src/hosts/memory/MemoryHost';

const grid = (rows: RawCell[][], merges: RangeBox[] = []) =>
  MemoryHost.fromSheets({ 表: rows }, { 表: merges }).readGrid('表');

/** The header on `row`, with rows of nothing but blanks and a title above it. */
const below = (rows: RawCell[][], row: number): RawCell[][] => [
  ['2026年第44周工作计划'],
  ...Array.from({ length: row - 1 }, () => []),
  ...rows,
];

const WEEKLY: RawCell[][] = [
  ['序号', '工作内容', '预计结束时间', '实际结束时间', '负责人', '备注'],
  [1, '整理上周数据', '开团前3天', null, '小王', null],
  [2, '准备直播脚本', '开团前1天', null, '小李', '与主播确认'],
];

describe('readTaskSheet on the headers real plans use', () => {
  it.each<[string, RawCell[], Record<string, number>]>([
    [
      'a Gantt sheet',
      ['任务名称', '负责人', '开始日期', '结束日期', '工期'],
      { task: 0, owner: 1, start: 2, due: 3, duration: 4 },
    ],
    [
      'an English template',
      ['Task', 'Owner', 'Start', 'End', 'Status'],
      { task: 0, owner: 1, start: 2, due: 3, status: 4 },
    ],
    [
      'a weekly plan with actuals',
      WEEKLY[0]!,
      { number: 0, task: 1, due: 2, actualFinish: 3, owner: 4, notes: 5 },
    ],
    ['a Due Date column', ['Task', 'Assignee', 'Due Date'], { task: 0, owner: 1, due: 2 }],
    ['full-width letters', ['Ｔａｓｋ', 'Ｄｕｅ　Ｄａｔｅ'], { task: 0, due: 1 }],
    [
      'a plan with 计划完成 and 完成情况',
      ['事项', '计划完成', '完成情况', '实际完成'],
      { task: 0, due: 1, status: 2, actualFinish: 3 },
    ],
    [
      'a plan with progress and predecessors',
      ['编号', '任务', '前置任务', '开始时间', '完成时间', '完成率'],
      { number: 0, task: 1, predecessors: 2, start: 3, due: 4, progress: 5 },
    ],
  ])('maps %s', (_, header, mapping) => {
    const ts = readTaskSheet(grid([header, header.map(() => 'x')]))!;
    expect(ts.headerRow).toBe(0);
    expect(ts.mapping).toEqual(mapping);
  });

  it('finds a header on row 16 under a title and blank rows', () => {
    const ts = readTaskSheet(grid(below(WEEKLY, 15)))!;
    expect(ts.headerRow).toBe(15);
    expect(ts.mapping).toEqual({
      number: 0,
      task: 1,
      due: 2,
      actualFinish: 3,
      owner: 4,
      notes: 5,
    });
    expect(ts.tasks.map((t) => [t.row, t.task, t.due])).toEqual([
      [16, '整理上周数据', '开团前3天'],
      [17, '准备直播脚本', '开团前1天'],
    ]);
  });

  it('finds a header as far down as row 100, not below', () => {
    expect(readTaskSheet(grid(below(WEEKLY, 99)))?.headerRow).toBe(99);
    expect(readTaskSheet(grid(below(WEEKLY, 100)))).toBeNull();
  });

  it('reads a 时间 cell merged over 开始 and 结束 as one two-row header', () => {
    const ts = readTaskSheet(
      grid(
        [
          ['序号', '事项', '时间', null, '负责人'],
          [null, null, '开始', '结束', null],
          [1, '提交报名', '报名前3天', '报名前1天', '运营'],
          [2, '上传主图', '开团前5天', '开团前2天', '美工'],
        ],
        [
          { row: 0, col: 0, rows: 2, cols: 1 },
          { row: 0, col: 1, rows: 2, cols: 1 },
          { row: 0, col: 2, rows: 1, cols: 2 },
          { row: 0, col: 4, rows: 2, cols: 1 },
        ],
      ),
    )!;
    expect(ts.headerRow).toBe(1);
    expect(ts.mapping).toEqual({ number: 0, task: 1, start: 2, due: 3, owner: 4 });
    expect(ts.headers).toEqual({
      0: '序号',
      1: '事项',
      2: '时间/开始',
      3: '时间/结束',
      4: '负责人',
    });
    expect(ts.tasks.map((t) => t.row)).toEqual([2, 3]);
  });

  it('reads 计划 and 实际 groups over the same sub-headers as plan and actual', () => {
    const ts = readTaskSheet(
      grid(
        [
          ['事项', '计划', null, '实际', null],
          [null, '开始日期', '结束日期', '开始日期', '结束日期'],
          ['提交报名', '报名前3天', '报名前1天', null, null],
        ],
        [
          { row: 0, col: 1, rows: 1, cols: 2 },
          { row: 0, col: 3, rows: 1, cols: 2 },
        ],
      ),
    )!;
    expect(ts.headerRow).toBe(1);
    expect(ts.mapping).toEqual({ task: 0, start: 1, due: 2, actualStart: 3, actualFinish: 4 });
  });

  it('does not take a title merged across the table for a group over the header', () => {
    const ts = readTaskSheet(
      grid(
        [
          ['【聚划算】(商品团)推进表', null, null],
          ['事项', '完成时间', '负责人'],
          ['提交报名', '报名前1天', '运营'],
        ],
        [{ row: 0, col: 0, rows: 1, cols: 3 }],
      ),
    )!;
    expect(ts.headerRow).toBe(1);
    expect(ts.headers).toEqual({ 0: '事项', 1: '完成时间', 2: '负责人' });
    expect(ts.mapping).toEqual({ task: 0, due: 1, owner: 2 });
  });

  it('gives a role to the better of two columns and says which it passed over', () => {
    const rows: RawCell[][] = [
      ['事项', '时间', '结束日期', '负责人'],
      ['提交报名', '上午', '报名前1天', '运营'],
    ];
    const ts = readTaskSheet(grid(rows))!;
    expect(ts.mapping).toEqual({ task: 0, due: 2, owner: 3 });
    // 结束日期: 结束 ends at 2 of 4 (5) + 日期 bonus = 115; a bare 时间 is a weak 50.
    expect(ts.contests).toEqual([
      { role: 'due', taken: { col: 2, score: 115 }, passed: { col: 1, score: 50 } },
    ]);
    // The user's choice is no contest.
    const chosen = readTaskSheet(grid(rows), { due: 1 })!;
    expect(chosen.mapping.due).toBe(1);
    expect(chosen.contests).toEqual([]);
  });

  it('keeps an exact word ahead of a header that only contains parts', () => {
    const ts = readTaskSheet(grid([['工作内容', '任务名称', '完成时间', '预计结束时间']]))!;
    expect(ts.mapping).toEqual({ task: 0, due: 2 });
    expect(ts.contests.map((c) => [c.role, c.taken.col, c.passed.col])).toEqual([
      ['task', 0, 1],
      ['due', 2, 3],
    ]);
  });

  it('still knows its own 计划开始 and 计划截止 columns, not as team roles', () => {
    const ts = readTaskSheet(
      grid([
        ['事项', '结束时间', '计划开始', '计划截止'],
        ['提交报名', '报名前1天', 46300, 46301],
      ]),
    )!;
    expect(ts.mapping).toEqual({ task: 0, due: 1 });
    expect(ts.owned).toEqual({ start: 2, due: 3 });
    expect(ts.lastCol).toBe(1);
  });
});
