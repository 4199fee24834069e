import type { CellRef } from '../../../src/core/a1';
import type { CellValue, Grid } from '../../../src/core/grid';
import {
  findHeader,
  headerKey,
  ownedColumns,
  headerRole,
  readHeaderRow,
  type RoleTable,
} from '../../../src/core/grid/header';

type Role = 'task' | 'due' | 'owner';
/** A small role table, most specific word first; 时间 is a 完成时间 written short. */
const ROLES: RoleTable<Role> = [
  { role: 'task', words: ['事项', '工作内容', '内容'] },
  { role: 'due', words: ['完成时间', '时间'] },
  { role: 'owner', words: ['负责人'] },
];
const OWNED = ['计划开始', '计划截止'];
const any = () => true;

const gridOf = (values: CellValue[][], origin: CellRef = { row: 0, col: 0 }): Grid => ({
  sheet: '表',
  origin,
  values,
  formulas: [],
  merges: [],
});

describe('headerKey', () => {
  it.each([
    ['完成时间', '完成时间'],
    [' 完成 \n时间 ', '完成时间'],
    ['开团时间：', '开团时间'],
    ['开团时间:', '开团时间'],
    ['金额（元）', '金额'],
    ['金额(元)', '金额'],
    ['金额(元)：', '金额'],
    ['(备注)', ''],
  ])('reads %j as %j', (text, key) => expect(headerKey(text)).toBe(key));

  it('drops only a trailing colon or bracketed note, not one inside the text', () => {
    expect(headerKey('时间：开始')).toBe('时间：开始');
    expect(headerKey('(预估)金额')).toBe('(预估)金额');
  });
});

describe('headerRole', () => {
  it('gives the role of an exact word, scored 300 less its rank in the list', () => {
    expect(headerRole(ROLES, '事项')).toEqual({ role: 'task', score: 300, match: 'word' });
    expect(headerRole(ROLES, '工作内容')).toEqual({ role: 'task', score: 299, match: 'word' });
    expect(headerRole(ROLES, ' 完成 时间：')).toEqual({ role: 'due', score: 300, match: 'word' });
    expect(headerRole(ROLES, '时间（北京）')).toEqual({ role: 'due', score: 299, match: 'word' });
  });

  it('gives the first role listed when two list the same word', () => {
    const both: RoleTable<'a' | 'b'> = [
      { role: 'a', words: ['x', '金额'] },
      { role: 'b', words: ['金额'] },
    ];
    expect(headerRole(both, '金额')).toEqual({ role: 'a', score: 299, match: 'word' });
  });

  it.each(['部门', '', '   ', '（备注）', '事项明细'])('gives null for %j', (text) =>
    expect(headerRole(ROLES, text)).toBeNull(),
  );
});

describe('readHeaderRow', () => {
  // The grid starts at B3, so sheet columns are one more than array indexes.
  const grid = gridOf(
    [['双11推进表'], ['内容', '事项', '完成 时间', 2026, null, '计划开始', '负责人', '计划截止']],
    { row: 2, col: 1 },
  );

  it('maps each role to its best word’s column, in sheet coordinates', () => {
    expect(readHeaderRow(grid, 1, ROLES, OWNED)).toEqual({
      row: 3,
      top: 3,
      // 事项 (rank 0, column C) beats 内容 (rank 2, column B); 负责人 lies right of 计划开始.
      mapping: { task: 2, due: 3 },
      owned: { 计划开始: 6, 计划截止: 8 },
      // The 2026 in E is a header as written; blank F is not; nothing from G on is the team's.
      lastCol: 4,
      headers: { 1: '内容', 2: '事项', 3: '完成 时间', 4: '2026' },
      contests: [{ role: 'task', taken: { col: 2, score: 300 }, passed: { col: 1, score: 298 } }],
      strength: 6,
    });
  });

  it('keeps the leftmost of two columns with the same word, and the first column of an owned header', () => {
    const twice = gridOf([['事项', '事项', '计划开始（自动）', '计划开始']]);
    const h = readHeaderRow(twice, 0, ROLES, OWNED);
    expect(h.mapping).toEqual({ task: 0 });
    expect(h.owned).toEqual({ 计划开始: 2 });
    expect(h.lastCol).toBe(1);
  });

  it('reaches a formula cell with no value to show, as openpyxl saves formulas', () => {
    // 双11 店铺数据, row 3: the sales table A–G, the team's label in I and =SUM(…) in J, unsaved.
    const values = [
      ['统计日期', '访客数', null, null, null, '支付金额', null, null, '支付金额合计', null],
    ];
    const formulas = [
      [null, null, null, null, null, null, null, null, null, '=SUM(销售明细[支付金额])'],
    ];
    const h = readHeaderRow({ ...gridOf(values), formulas }, 0, ROLES, OWNED);
    expect(h.lastCol).toBe(9); // J: the add-in's columns start at K
    expect(h.headers[9]).toBeUndefined();
  });

  it('reads every column when the add-in has none yet', () => {
    const h = readHeaderRow(gridOf([['事项', '负责人', '时间']]), 0, ROLES, OWNED);
    expect(h).toMatchObject({ mapping: { task: 0, owner: 1, due: 2 }, owned: {}, lastCol: 2 });
  });

  it('reads a row past the grid as empty', () => {
    expect(readHeaderRow(grid, 5, ROLES, OWNED)).toEqual({
      row: 7,
      top: 7,
      mapping: {},
      owned: {},
      lastCol: -1,
      headers: {},
      contests: [],
      strength: 0,
    });
  });
});

describe('findHeader', () => {
  const rows: CellValue[][] = [
    ['2026 双11 推进表'],
    ['事项', '负责人'],
    ['事项', '完成时间', '负责人'],
    ['核价', '开团前2天', '小王'],
  ];

  it('picks the row naming most roles', () => {
    const h = findHeader(gridOf(rows), ROLES, OWNED, any);
    expect(h).toMatchObject({ row: 2, mapping: { task: 0, due: 1, owner: 2 } });
  });

  it('passes over rows `usable` refuses', () => {
    const h = findHeader(gridOf(rows), ROLES, OWNED, (m) => m.due === undefined);
    expect(h).toMatchObject({ row: 1, mapping: { task: 0, owner: 1 } });
  });

  it('keeps the upper row of two naming as many roles', () => {
    const h = findHeader(
      gridOf([
        ['内容', '时间'],
        ['事项', '负责人'],
      ]),
      ROLES,
      OWNED,
      any,
    );
    expect(h).toMatchObject({ row: 0, mapping: { task: 0, due: 1 } });
  });

  it('looks at `scanRows` rows from `fromRow`, a sheet row', () => {
    expect(findHeader(gridOf(rows), ROLES, OWNED, any, { scanRows: 2 })?.row).toBe(1);
    expect(findHeader(gridOf(rows), ROLES, OWNED, any, { fromRow: 3 })).toBeNull();
    // The grid starts on sheet row 10: by default the scan starts there, and so from an earlier row.
    const lower = gridOf(rows, { row: 10, col: 0 });
    expect(findHeader(lower, ROLES, OWNED, any)?.row).toBe(12);
    expect(findHeader(lower, ROLES, OWNED, any, { fromRow: 0 })?.row).toBe(12);
    expect(findHeader(lower, ROLES, OWNED, any, { fromRow: 12 })?.row).toBe(12);
    expect(findHeader(lower, ROLES, OWNED, any, { fromRow: 13 })).toBeNull();
  });

  it('finds none where no row names two roles', () => {
    expect(
      findHeader(gridOf([['事项'], ['负责人'], ['备注', '部门']]), ROLES, OWNED, any),
    ).toBeNull();
  });

  it('finds none in an empty grid', () => {
    expect(findHeader(gridOf([]), ROLES, OWNED, any)).toBeNull();
  });
});

describe('ownedColumns', () => {
  it('gives a header its column from an earlier run, and new headers the next columns right of the table', () => {
    const own = ownedColumns({ owned: { 转化率: 9 }, lastCol: 5 });
    expect(own('客单价')).toBe(6);
    expect(own('转化率')).toBe(9);
    expect(own('UV价值')).toBe(7);
  });

  it('starts again for each header row it is given', () => {
    const h = { owned: {}, lastCol: 5 };
    expect(ownedColumns(h)('客单价')).toBe(6);
    expect(ownedColumns(h)('客单价')).toBe(6);
  });

  it('never hands out a column an earlier header holds (a team’s 执行率 right of its table)', () => {
    // 双11 预算: 类别 项目 预算 实际 in A–D, then the team's own 执行率 in E, found as owned.
    const own = ownedColumns({ owned: { 执行率: 4 }, lastCol: 3 });
    expect(own('预算小计')).toBe(5); // F, not E
    expect(own('差异')).toBe(6);
    expect(own('执行率')).toBe(4);
    expect(own('费用性质')).toBe(7);
  });

  it('starts at column A when the header row is empty', () => {
    expect(ownedColumns({ owned: {}, lastCol: -1 })('转化率')).toBe(0);
  });
});
