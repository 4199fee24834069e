import { cellAddress, type CellRef } from '../../src/core/a1';
import { generateBudget } from '../../src/core/budget/generateBudget';
import { toSerial } from '../../src/core/calendar/serial';
import type { Grid } from '../../src/core/grid';
import {
  checkPlan,
  inputCell,
  inputLook,
  lookWrites,
  mergeSheetPlans,
  sheetPlan,
  type SheetPlan,
  type WorkbookPlan,
} from '../../src/core/plan';
import { INPUT, TODAY_FILL } from '../../src/core/plan/palette';
import { generateRoi } from '../../src/core/roi/generateRoi';
import { generateTimeline } from '../../src/core/timeline/generateTimeline';
import { MemoryHost, type RawCell } from '../../src/hosts/memory/MemoryHost';
import { BUDGET_SHEET, budgetRows } from '../fixtures/budget';
import { CHANNEL_SHEET, channelRows, SALES_SHEET, salesRows } from '../fixtures/sales';

/** The cell right of the first cell holding `label` at or right of column `fromCol`. */
function rightOf(grid: Grid, label: string, fromCol = 0): string | null {
  for (const [r, line] of grid.values.entries()) {
    const c = line.findIndex((v, i) => i >= fromCol && v === label);
    if (c >= 0) return cellAddress({ row: grid.origin.row + r, col: grid.origin.col + c + 1 });
  }
  return null;
}

/** Every input of a plan, as `sheet!A1 kind title`, in order. */
const inputsOf = (plan: WorkbookPlan) =>
  plan.sheets.flatMap((sp) =>
    (sp.inputs ?? []).map((i) => `${sp.sheet}!${cellAddress(i.range)} ${i.kind} ${i.title}`),
  );

describe('inputLook', () => {
  // The bounds by hand: rates 0–100 %, counts and amounts from 0, dates 2000-01-01 (serial
  // 36526) to 2099-12-31 (serial 73050).
  it.each([
    ['rate', 'decimal', 'between', '0', '1'],
    ['count', 'whole', 'greaterThanOrEqual', '0', undefined],
    ['amount', 'decimal', 'greaterThanOrEqual', '0', undefined],
    ['date', 'date', 'between', '36526', '73050'],
  ] as const)('gives a %s input a %s rule, %s %s', (kind, type, operator, formula1, formula2) => {
    const look = inputLook(inputCell({ row: 0, col: 0 }, kind, '比例', '说明'));
    expect(look.validation).toMatchObject({ type, operator, formula1, allowBlank: true });
    expect(look.validation?.formula2).toBe(formula2);
  });

  it('uses one fill for every input, and not today’s', () => {
    const looks = (['rate', 'count', 'amount', 'date'] as const).map(
      (k) => inputLook(inputCell({ row: 0, col: 0 }, k, 'x', 'y')).fill,
    );
    expect(new Set(looks)).toEqual(new Set([INPUT.fill]));
    expect(INPUT.fill).not.toBe(TODAY_FILL);
  });

  it('says in Chinese why a value was refused, and shows what the cell drives when selected', () => {
    const input = inputCell({ row: 2, col: 3 }, 'count', '同日上限', '多于这个数时标黄');
    expect(input.message).toBe('同日上限是 0 或正整数，例如 3。');
    expect(inputLook(input).validation).toMatchObject({
      error: { style: 'stop', title: '同日上限：输入有误', message: input.message },
      prompt: { title: '同日上限', message: '多于这个数时标黄' },
    });
  });
});

describe('lookWrites, mergeSheetPlans and checkPlan with inputs', () => {
  const rate = inputCell({ row: 1, col: 1, rows: 2, cols: 2 }, 'rate', '比例', '说明');

  it('gives every cell of an input its look, then the exact looks', () => {
    const sp: SheetPlan = {
      ...sheetPlan('表'),
      inputs: [rate],
      looks: [{ at: { row: 9, col: 9 }, look: { fill: null, validation: null } }],
    };
    expect(lookWrites(sp).map((l) => cellAddress(l.at))).toEqual(['B2', 'C2', 'B3', 'C3', 'J10']);
  });

  it('keeps the inputs of both plans when merging', () => {
    const other = inputCell({ row: 5, col: 0 }, 'date', '开团时间', '说明');
    const merged = mergeSheetPlans(
      { ...sheetPlan('表'), inputs: [rate] },
      { ...sheetPlan('表'), inputs: [other] },
    );
    expect(merged.inputs).toEqual([rate, other]);
  });

  it.each([
    ['a prompt over 255 characters', { drives: '说'.repeat(256) }],
    ['a title over 32 characters', { title: '题'.repeat(33) }],
    ['an error over 224 characters', { message: '错'.repeat(225) }],
  ])('refuses %s, which Excel would not keep', (_what, change) => {
    const plan = {
      sheets: [{ ...sheetPlan('表'), inputs: [{ ...rate, ...change }] }],
      deleteSheets: [],
    };
    expect(() => checkPlan(plan)).toThrow(expect.objectContaining({ name: 'InvalidPlanError' }));
  });
});

describe('generateTimeline inputs', () => {
  const anchors = {
    报名: toSerial({ year: 2026, month: 10, day: 12 }),
    开团: toSerial({ year: 2026, month: 11, day: 11, hour: 10 }),
  };
  const rows: RawCell[][] = [
    ['阶段', '部门', '事项', '完成时间', '负责人'],
    ['活动前', '运营', '报名资料', '报名前2天', '小王'],
    [null, '运营', '核价', '开团前2天', '小王'],
    ['活动中', '客服', '催付', '开团后1小时', '小李'],
  ];

  async function run(sheet: RawCell[][]) {
    const host = MemoryHost.fromSheets({ 推进表: sheet });
    const result = generateTimeline(host.readGrid('推进表'), { anchors })!;
    await host.apply(result.plan!);
    return { host, plan: result.plan!, grid: host.readGrid('推进表') };
  }

  it('makes each milestone date of the block and the same-day limit inputs, nothing else', async () => {
    const { plan, grid } = await run(rows);
    // Found on the written sheet by their labels, right of the team's columns A–E.
    expect(inputsOf(plan).sort()).toEqual(
      [
        `推进表!${rightOf(grid, '报名', 5)} date 报名时间`,
        `推进表!${rightOf(grid, '开团', 5)} date 开团时间`,
        `推进表!${rightOf(grid, '同日上限', 5)} count 同日上限`,
      ].sort(),
    );
  });

  it('writes no same-day limit where the sheet has no owners, since nothing reads it', async () => {
    const { plan, grid } = await run(rows.map((r) => r.slice(0, 4)));
    expect(rightOf(grid, '同日上限')).toBeNull();
    expect(inputsOf(plan).map((i) => i.split(' ')[1])).toEqual(['date', 'date']);
  });

  it('marks the team’s own labelled milestone cell where the formulas read it', async () => {
    const team: RawCell[][] = [['开团时间：', '2026-11-11 10:00'], [], ...rows];
    const host = MemoryHost.fromSheets({ 推进表: team });
    const result = generateTimeline(host.readGrid('推进表'), { anchors: { 报名: anchors.报名 } })!;
    expect(inputsOf(result.plan!)).toContain('推进表!B1 date 开团时间');
  });

  it('tells each date input how many tasks it drives', async () => {
    const { plan } = await run(rows);
    const drives = Object.fromEntries(
      (plan.sheets[0]!.inputs ?? []).map((i) => [i.title, i.drives]),
    );
    // 报名前2天 once; 开团前2天 and 开团后1小时 twice.
    expect(drives.报名时间).toMatch(/^1 个事项/);
    expect(drives.开团时间).toMatch(/^2 个事项/);
  });
});

describe('generateBudget inputs', () => {
  it('makes 风险备用金比例 the one input, a rate', async () => {
    const host = MemoryHost.fromSheets({ [BUDGET_SHEET]: budgetRows });
    const result = generateBudget(host.readGrid(BUDGET_SHEET))!;
    await host.apply(result.plan);
    const grid = host.readGrid(BUDGET_SHEET);
    expect(inputsOf(result.plan)).toEqual([
      `${BUDGET_SHEET}!${rightOf(grid, '风险备用金比例')} rate 风险备用金比例`,
    ]);
  });
});

describe('generateRoi inputs', () => {
  const at = (address: string): CellRef => {
    const m = /^([A-Z]+)(\d+)$/.exec(address)!;
    return { row: Number(m[2]) - 1, col: m[1]!.charCodeAt(0) - 65 };
  };

  it('marks the sheet’s 毛利率 and 销售额目标 and the 手填 总投入 when nothing else gives it', async () => {
    const host = MemoryHost.fromSheets({ [SALES_SHEET]: salesRows });
    const result = generateRoi(host.readGrid(SALES_SHEET))!;
    await host.apply(result.plan);
    const grid = host.readGrid(SALES_SHEET);
    // The fixture's labels: 毛利率 in A2 (value B2), 销售额目标 in C2 (value D2).
    expect(inputsOf(result.plan)).toEqual([
      `${SALES_SHEET}!B2 rate 毛利率`,
      `${SALES_SHEET}!${rightOf(grid, '总投入（手填）')} amount 总投入`,
      `${SALES_SHEET}!D2 amount 销售额目标`,
    ]);
  });

  const withBudget = (_host: MemoryHost) => ({
    spend: [{ description: '预算表“预算”的实际合计', sheet: '预算', ref: "'预算'!$B$1" }],
  });
  const withChannels = (host: MemoryHost) => ({ channels: host.readGrid(CHANNEL_SHEET) });

  it.each([
    ['a budget', withBudget],
    ['the channel table', withChannels],
  ])('writes no 总投入（手填） when %s gives 总投入', async (_what, options) => {
    const host = MemoryHost.fromSheets({
      [SALES_SHEET]: salesRows,
      [CHANNEL_SHEET]: channelRows,
      预算: [['实际合计', 80000]],
    });
    const result = generateRoi(host.readGrid(SALES_SHEET), options(host))!;
    await host.apply(result.plan);
    expect(rightOf(host.readGrid(SALES_SHEET), '总投入（手填）')).toBeNull();
    expect(inputsOf(result.plan)).toEqual([
      `${SALES_SHEET}!B2 rate 毛利率`,
      `${SALES_SHEET}!D2 amount 销售额目标`,
    ]);
  });

  it('takes the 手填 row and its look away when a budget later gives 总投入', async () => {
    const host = MemoryHost.fromSheets({ [SALES_SHEET]: salesRows, 预算: [['实际合计', 80000]] });
    await host.apply(generateRoi(host.readGrid(SALES_SHEET))!.plan);
    const manual = rightOf(host.readGrid(SALES_SHEET), '总投入（手填）')!;
    expect(host.readLook(SALES_SHEET, at(manual)).fill).toBe(INPUT.fill);
    const spend = [{ description: '预算表“预算”的实际合计', sheet: '预算', ref: "'预算'!$B$1" }];
    await host.apply(generateRoi(host.readGrid(SALES_SHEET), { spend })!.plan);
    expect(rightOf(host.readGrid(SALES_SHEET), '总投入（手填）')).toBeNull();
    expect(host.readLook(SALES_SHEET, at(manual))).toEqual({ fill: null, validation: null });
  });

  it('makes the block’s 毛利率 the input on a sheet with no 毛利率 of its own', async () => {
    const rows = salesRows.map((r, i) => (i === 1 ? [null, null, null, null] : r));
    const host = MemoryHost.fromSheets({ [SALES_SHEET]: rows });
    const result = generateRoi(host.readGrid(SALES_SHEET))!;
    await host.apply(result.plan);
    const grid = host.readGrid(SALES_SHEET);
    expect(inputsOf(result.plan)).toEqual([
      `${SALES_SHEET}!${rightOf(grid, '毛利率')} rate 毛利率`,
      `${SALES_SHEET}!${rightOf(grid, '总投入（手填）')} amount 总投入`,
    ]);
  });

  it('gives the analyst’s 毛利率 cell back its own colour on restore', async () => {
    const host = MemoryHost.fromSheets({ [SALES_SHEET]: salesRows });
    const team = { fill: '#FFFF00', validation: null };
    host.writeSheetPlan({ ...sheetPlan(SALES_SHEET), looks: [{ at: at('B2'), look: team }] });
    const before = host.readGrid(SALES_SHEET);
    await host.apply(generateRoi(before)!.plan);
    expect(host.readLook(SALES_SHEET, at('B2')).fill).toBe(INPUT.fill);
    await host.restore();
    expect(host.readLook(SALES_SHEET, at('B2'))).toEqual(team);
    expect(host.readLook(SALES_SHEET, at('D2'))).toEqual({ fill: null, validation: null });
    expect(host.readGrid(SALES_SHEET)).toEqual(before);
  });
});
