import type { RangeBox } from '../../../src/core/a1';
import { readBudget } from '../../../src/core/budget/readBudget';
import { MemoryHost, type RawCell } from '../../../src/hosts/memory/MemoryHost';

const grid = (rows: RawCell[][], merges: RangeBox[] = []) =>
  MemoryHost.fromSheets({ 预算: rows }, { 预算: merges }).readGrid('预算');

/** What a reader needs of each line: its category, item and whether it is a deposit. */
const lines = (rows: RawCell[][], merges: RangeBox[] = []) =>
  readBudget(grid(rows, merges))?.lines.map((l) => [l.row, l.category, l.item, l.deposit]);

describe('readBudget', () => {
  it('finds the header by meaning below a title, with each column’s role', () => {
    const b = readBudget(
      grid([
        ['双12活动预算'],
        [],
        ['费用类型', '费用明细', '单价(元)', '人数', '周期', '实际支出', '负责部门', '说明'],
        ['流量', '直通车', 100, 1, 1, 90, '运营', null],
      ]),
    );
    expect(b?.headerRow).toBe(2);
    expect(b?.mapping).toEqual({
      category: 0,
      item: 1,
      price: 2,
      quantity: 3,
      days: 4,
      actual: 5,
      department: 6,
      notes: 7,
    });
    expect(b?.lastCol).toBe(7);
  });

  it('spreads a category down blank cells and merged cells', () => {
    const rows: RawCell[][] = [
      ['类别', '项目', '金额'],
      ['流量采买', '直通车', 100],
      [null, '钻展', 200],
      ['物料制作', '海报', 50],
      [null, '售后卡', 20],
    ];
    const merged = [{ row: 3, col: 0, rows: 2, cols: 1 }];
    expect(lines(rows, merged)).toEqual([
      [1, '流量采买', '直通车', false],
      [2, '流量采买', '钻展', false],
      [3, '物料制作', '海报', false],
      [4, '物料制作', '售后卡', false],
    ]);
  });

  it('takes a category alone on its row as the title of the lines below it', () => {
    expect(
      lines([
        ['类别', '项目', '金额'],
        ['人员费用', null, null],
        [null, '临促', 1500],
      ]),
    ).toEqual([[2, '人员费用', '临促', false]]);
  });

  it('skips the team’s own total rows and empty rows, but counts them in lastRow', () => {
    const b = readBudget(
      grid([
        ['类别', '项目', '金额'],
        ['流量', '直通车', 100],
        [null, null, null],
        [null, '小计', 100],
        ['总预算', null, 100],
      ]),
    );
    expect(b?.lines.map((l) => l.item)).toEqual(['直通车']);
    expect(b?.lastRow).toBe(4);
  });

  it.each([
    ['保证金 in the item', ['平台', '保证金', 5000, null]],
    ['押金 in the item', ['平台', '场地押金', 2000, null]],
    ['冻结 in the notes', ['平台', '坑位', 3000, '冻结，活动后退回']],
    ['保证金 as the category', ['保证金', '天猫', 1000, null]],
  ])('marks a deposit: %s', (_, line) => {
    expect(lines([['类别', '项目', '金额', '备注'], line])).toEqual([[1, line[0], line[1], true]]);
  });

  it('takes the caller’s columns over the header’s', () => {
    const b = readBudget(
      grid([
        ['项目', '预算', '其他'],
        ['直通车', 100, 90],
      ]),
      { actual: 2 },
    );
    expect(b?.mapping).toEqual({ item: 0, amount: 1, actual: 2 });
  });

  it.each([
    ['a timeline', [['事项', '完成时间', '负责人']]],
    ['items without any amount column', [['项目', '负责部门', '备注']]],
    ['an empty sheet', []],
  ])('reads no budget in %s', (_, rows) => {
    expect(readBudget(grid(rows as RawCell[][]))).toBeNull();
  });

  it('does not mutate its input', () => {
    const g = grid([
      ['类别', '项目', '单价'],
      ['流量', '直通车', '1.2万'],
    ]);
    const before = structuredClone(g);
    readBudget(g, { notes: 3 });
    expect(g).toEqual(before);
  });
});
