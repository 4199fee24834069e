import { readTaskSheet } from '../../../src/core/timeline/readTaskSheet';
import { MemoryHost, type RawCell } from '../../../src/hosts/memory/MemoryHost';

const grid = (rows: RawCell[][]) => MemoryHost.fromSheets({ 表: rows }).readGrid('表');

describe('readTaskSheet', () => {
  it('treats a lone text between tasks as a phase sub-title and carries it down', () => {
    const ts = readTaskSheet(
      grid([
        ['事项', '负责人', '完成时间'],
        ['一、活动前', null, null],
        ['提交报名', '运营', '报名前1天'],
        ['上传聚图', '美工', '开团前7天'],
        [null, null, null],
        ['二、活动中', null, null],
        ['跟进流量', '推广', '开团后30分钟'],
      ]),
    )!;
    expect(ts.tasks.map((t) => [t.row, t.task, t.phase])).toEqual([
      [2, '提交报名', '一、活动前'],
      [3, '上传聚图', '一、活动前'],
      [6, '跟进流量', '二、活动中'],
    ]);
    expect(ts.skippedRows).toEqual([1, 4, 5]);
  });

  it('finds header words written with spaces, line breaks or a bracketed note', () => {
    const ts = readTaskSheet(
      grid([
        ['工作\n事项', '完成 时间', '负责人（主）'],
        ['报名', '报名前1天', '运营'],
      ]),
    )!;
    expect(ts.mapping).toEqual({ task: 0, due: 1, owner: 2 });
  });

  it.each<[string, RawCell[][]]>([
    ['an empty sheet', []],
    [
      'a sheet with no header words',
      [
        ['日期', '访客数'],
        ['2026-11-11', 100],
      ],
    ],
    ['a header with a single role', [['事项'], ['报名']]],
  ])('reads no 推进表 in %s', (_, rows) => {
    expect(readTaskSheet(grid(rows))).toBeNull();
  });

  it('does not mutate its input', () => {
    const g = grid([
      ['事项', '完成时间'],
      ['报名', '报名前1天'],
    ]);
    const copy = structuredClone(g);
    readTaskSheet(g, { owner: 5 });
    expect(g).toEqual(copy);
  });
});
