import { cellAddress } from '../../../src/core/a1';
import type { Grid } from '../../../src/core/grid';
import { MemoryHost, type RawCell } from '../../../src/hosts/memory/MemoryHost';
import { hfCell } from '../../support/hf';
import { runTimeline } from '../../support/timeline';

// Excel's 1900 serial from the platform's UTC clock, not from the code under test.
const serial = (y: number, m: number, d: number, h = 0, min = 0) =>
  (Date.UTC(y, m - 1, d, h, min) - Date.UTC(1899, 11, 30)) / 86_400_000;
const LAUNCH = serial(2026, 11, 11, 10);

/** The value HyperFormula computes in a cell given by 0-based row and column. */
const at = (host: MemoryHost, sheet: string, row: number, col: number) =>
  hfCell(host, sheet, cellAddress({ row, col }));
const teamCells = (grid: Grid, lastCol: number) =>
  grid.values.map((r) => r.slice(0, lastCol + 1)).filter((r) => r.length > 0);

describe('generateTimeline on a weekly plan typed with dates', () => {
  const sheet = '周计划';
  const rows: RawCell[][] = [
    ['第45周工作计划'],
    ['序号', '部门', '工作内容', '负责人', '开始时间', '截止时间', '状态'],
    [1, '运营', '整理上周数据', '小王', serial(2026, 11, 2), serial(2026, 11, 3), '已完成'],
    [2, '美工', '主图设计', '小李', serial(2026, 11, 3), serial(2026, 11, 6, 18), '进行中'],
    [3, '运营', '直通车调价', '小王', serial(2026, 11, 4), serial(2026, 11, 4), '未开始'],
    [4, '客服', '话术更新', '小张', serial(2026, 11, 5), serial(2026, 11, 9), '未开始'],
    [5, '运营', '周报', '小王', serial(2026, 11, 6), serial(2026, 11, 6), '未开始'],
    [6, '美工', '详情页', '小李', serial(2026, 11, 2), serial(2026, 11, 5), '未开始'],
  ];

  it('plans every task on the team’s own dates, as references to their cells', async () => {
    const host = MemoryHost.fromSheets({ [sheet]: rows });
    const before = teamCells(host.readGrid(sheet), 6);
    const result = (await runTimeline(host, sheet))!;
    expect(result.dated).toBe(6);
    expect(result.columns).toEqual({ start: 7, due: 8 });
    const grid = host.readGrid(sheet);
    for (let r = 2; r < rows.length; r++) {
      expect(grid.formulas[r]?.[7]).toBe(`=E${r + 1}`);
      expect(grid.formulas[r]?.[8]).toBe(`=F${r + 1}`);
      expect(at(host, sheet, r, 7)).toBe(rows[r]![4]);
      expect(at(host, sheet, r, 8)).toBe(rows[r]![5]);
    }
    // The team's cells as they were; rows the block and the Gantt's legend add below stay empty there.
    expect(teamCells(grid, 6).slice(0, before.length)).toEqual(before);
    expect(
      teamCells(grid, 6)
        .slice(before.length)
        .flat()
        .every((v) => v === null),
    ).toBe(true);
    expect(result.issues.map((i) => i.code)).toEqual(['TIMELINE_WRITTEN']);
  });

  it('moves the plan when the team moves a date', async () => {
    const host = MemoryHost.fromSheets({ [sheet]: rows });
    await runTimeline(host, sheet);
    host.hf.setCellContents({ sheet: host.hf.getSheetId(sheet)!, row: 4, col: 5 }, [
      [serial(2026, 11, 10)],
    ]);
    expect(at(host, sheet, 4, 8)).toBe(serial(2026, 11, 10));
  });

  it('draws a Gantt from the day before the earliest start, counted by a formula', async () => {
    const host = MemoryHost.fromSheets({ [sheet]: rows });
    const result = (await runTimeline(host, sheet))!;
    const gantt = result.gantt!;
    // 11-01 (a day before the first start, 11-02) to 11-10 (a day after the last due, 11-09).
    expect(gantt.days).toBe(10);
    expect(host.readGrid(sheet).formulas[1]?.[gantt.col]).toBe('=INT(MIN($H$3:$I$8))-1');
    expect(at(host, sheet, 1, gantt.col)).toBe(serial(2026, 11, 1));
    expect(at(host, sheet, 1, gantt.col + 9)).toBe(serial(2026, 11, 10));
    const rules = host.extrasOf(sheet).conditionalFormats.map((c) => c.formula);
    expect(rules.some((f) => f.startsWith('=OR('))).toBe(false);
  });

  it('sums each department over the typed dates', async () => {
    const host = MemoryHost.fromSheets({ [sheet]: rows });
    await runTimeline(host, sheet);
    // The summary is on a sheet of its own.
    const grid = host.readGrid(`${sheet}汇总`);
    const top = grid.values.findIndex((r) => r.includes('按部门'));
    const col = grid.values[top]!.indexOf('按部门');
    expect(grid.values[top + 1]?.slice(col, col + 4)).toEqual(['运营', 3, 1, 1 / 3]);
  });
});

describe('generateTimeline on typed dates past and future', () => {
  const sheet = '推进表';
  // Far enough on either side of any day this test runs on.
  const rows: RawCell[][] = [
    ['部门', '事项', '截止时间', '状态'],
    ['运营', '旧的报名', serial(2020, 3, 2), '未开始'],
    ['运营', '旧的核价', '2020/03/03', '已完成'],
    ['运营', '远期复盘', '2090-01-02', '未开始'],
  ];

  it('marks a typed date past today overdue unless it is done, and counts it', async () => {
    const host = MemoryHost.fromSheets({ [sheet]: rows });
    const result = (await runTimeline(host, sheet))!;
    const dueCol = result.columns.due;
    const rule = host
      .extrasOf(sheet)
      .conditionalFormats.find((c) => c.formula.includes('<NOW()'))!.formula;
    const id = host.hf.getSheetId(sheet)!;
    // The rule is written for the first task row (2); move it to each row and evaluate it.
    const overdue = [1, 2, 3].map((r) => {
      host.hf.setCellContents({ sheet: id, row: 30 + r, col: 0 }, [
        [rule.replace(/(\$[A-Z]+)2\b/g, `$1${r + 1}`)],
      ]);
      return host.hf.getCellValue({ sheet: id, row: 30 + r, col: 0 });
    });
    expect(overdue).toEqual([true, false, false]);
    expect(at(host, sheet, 2, dueCol)).toBe(serial(2020, 3, 3));
    // The summary is on a sheet of its own.
    const grid = host.readGrid(`${sheet}汇总`);
    const top = grid.values.findIndex((r) => r.includes('按部门'));
    const col = grid.values[top]!.indexOf('按部门');
    expect(grid.values[top + 1]?.slice(col, col + 5)).toEqual(['运营', 3, 1, 1 / 3, 1]);
  });
});

describe('generateTimeline on a due column mixing typed and relative deadlines', () => {
  const sheet = '推进表';
  const rows: RawCell[][] = [
    ['阶段', '事项', '完成时间', '负责人'],
    ['活动前', '提交报名资料', '2026/10/25', '小王'],
    ['活动前', '上传聚图', '10月28日', '小李'],
    ['活动前', '详情页定稿', '2026年10月28日', '小李'],
    ['活动前', '预热页上线', '2026-10-25 20:00', '小王'],
    ['活动前', '短信预告', '2026/10/26 9:30', '小张'],
    ['活动前', '核对库存', '开团前3天', '小张'],
    ['活动中', '开团盯盘', '11月11日 10:00', '小王'],
  ];
  const expected = [
    ['=DATE(2026,10,25)', serial(2026, 10, 25)],
    ['=DATE(2026,10,28)', serial(2026, 10, 28)],
    ['=DATE(2026,10,28)', serial(2026, 10, 28)],
    ['=DATE(2026,10,25)+TIME(20,0,0)', serial(2026, 10, 25, 20)],
    ['=DATE(2026,10,26)+TIME(9,30,0)', serial(2026, 10, 26, 9, 30)],
    [null, serial(2026, 11, 8)],
    ['=DATE(2026,11,11)+TIME(10,0,0)', serial(2026, 11, 11, 10)],
  ] as const;

  it('dates every task and never reads a typed date as milestones or gibberish', async () => {
    const host = MemoryHost.fromSheets({ [sheet]: rows });
    const result = (await runTimeline(host, sheet, { anchors: { 开团: LAUNCH } }))!;
    expect(result.dated).toBe(7);
    const codes = result.issues.map((i) => i.code);
    expect(codes).not.toContain('DEADLINE_MULTI');
    expect(codes).not.toContain('DEADLINE_UNKNOWN');
    expect(codes).not.toContain('DATE_NO_YEAR');
    const grid = host.readGrid(sheet);
    const { due } = result.columns;
    expected.forEach(([formula, value], i) => {
      if (formula !== null) expect(grid.formulas[i + 1]?.[due]).toBe(formula);
      expect(at(host, sheet, i + 1, due)).toBeCloseTo(value, 8);
    });
    expect(grid.formulas[6]?.[due]).toMatch(/^=INT\(\$[A-Z]+\$\d+\)-3$/);
  });

  it('takes a month-day’s year from the sheet’s other typed dates when no milestone gives one', async () => {
    const host = MemoryHost.fromSheets({
      [sheet]: [
        ['事项', '完成时间'],
        ['年终盘点', '2026/12/28'],
        ['年货节预热', '1月5日'],
      ],
    });
    const result = (await runTimeline(host, sheet))!;
    expect(at(host, sheet, 2, result.columns.due)).toBe(serial(2027, 1, 5));
  });
});

describe('generateTimeline mixing typed starts and relative dues', () => {
  const sheet = '推进表';
  const rows: RawCell[][] = [
    ['事项', '开始时间', '完成时间', '需要时间'],
    ['备货', '2026/10/20', '开团前3天', null],
    ['主图设计', serial(2026, 11, 2), null, '3个工作日'],
    ['文案', '2026-11-02', null, 2],
    ['客服培训', '开团前5天', serial(2026, 11, 9), null],
    ['质检', null, '2026/11/05', '2个工作日'],
  ];

  it('plans each end from its own cell, and a due as the start plus 需要时间', async () => {
    const host = MemoryHost.fromSheets({ [sheet]: rows });
    const result = (await runTimeline(host, sheet, { anchors: { 开团: LAUNCH } }))!;
    expect(result.dated).toBe(5);
    const { start, due } = result.columns;
    const ends = [1, 2, 3, 4, 5].map((r) => [at(host, sheet, r, start), at(host, sheet, r, due)]);
    expect(ends).toEqual([
      [serial(2026, 10, 20), serial(2026, 11, 8)],
      // Monday 11-02 plus three working days (no holiday that week): Thursday 11-05.
      [serial(2026, 11, 2), serial(2026, 11, 5)],
      [serial(2026, 11, 2), serial(2026, 11, 4)],
      [serial(2026, 11, 6), serial(2026, 11, 9)],
      // Thursday 11-05 less two working days: Tuesday 11-03.
      [serial(2026, 11, 3), serial(2026, 11, 5)],
    ]);
    expect(host.readGrid(sheet).formulas[4]?.[due]).toBe('=C5');
  });
});

describe('generateTimeline when nothing can be dated', () => {
  const sheet = '推进表';

  it('writes nothing and says why, naming the sheet and the due column', async () => {
    const rows: RawCell[][] = [
      ['事项', '负责人', '截止时间'],
      ['年度规划', '小王', '年初'],
      ['大促复盘', '小李', '待定'],
      ['客服排班', '小张', '看情况'],
    ];
    const host = MemoryHost.fromSheets({ [sheet]: rows });
    const before = host.readGrid(sheet);
    const result = (await runTimeline(host, sheet))!;
    expect(result.plan).toBeNull();
    expect(result.dated).toBe(0);
    expect(host.readGrid(sheet)).toEqual(before);
    expect(host.sheetNames()).toEqual([sheet]);
    expect(result.issues.at(-1)).toEqual({
      code: 'TIMELINE_NOTHING_DATED',
      severity: 'error',
      cell: { sheet, address: 'C1' },
      params: { sheet, column: 'C', header: '截止时间' },
    });
  });

  it('flags month-days with no year to take and writes nothing', async () => {
    const rows: RawCell[][] = [
      ['事项', '完成时间'],
      ['上传聚图', '10月28日'],
    ];
    const result = (await runTimeline(MemoryHost.fromSheets({ [sheet]: rows }), sheet))!;
    expect(result.plan).toBeNull();
    expect(result.issues.map((i) => i.code)).toEqual(['DATE_NO_YEAR', 'TIMELINE_NOTHING_DATED']);
    expect(result.issues[0]?.cell).toEqual({ sheet, address: 'B2' });
  });
});
