import { errorCells } from '../../../src/core/grid';
import { generateBudget } from '../../../src/core/budget/generateBudget';
import { MemoryHost } from '../../../src/hosts/memory/MemoryHost';
import { BUDGET_SHEET, budgetRows } from '../../fixtures/budget';
import { valueRightOf as rightOf } from '../../support/labels';

const make = () => MemoryHost.fromSheets({ [BUDGET_SHEET]: budgetRows });

async function run(host: MemoryHost, options = {}) {
  const result = generateBudget(host.readGrid(BUDGET_SHEET), options)!;
  await host.apply(result.plan);
  return result;
}

/** The number to the right of a label in the summary (right of the team's and the add-in's columns). */
const valueRightOf = (host: MemoryHost, label: string) =>
  rightOf(host.readGrid(BUDGET_SHEET), label, 12);

describe('generateBudget on a planner’s budget', () => {
  it('finds the header by meaning and reads the lines, the deposit and the team’s own 合计 row apart', () => {
    const b = generateBudget(make().readGrid(BUDGET_SHEET))!.budget;
    expect(b.headerRow).toBe(2);
    expect(b.mapping).toEqual({
      category: 0,
      item: 1,
      price: 2,
      quantity: 3,
      days: 4,
      actual: 5,
      notes: 6,
    });
    expect(b.lines.map((l) => [l.category, l.item, l.deposit])).toEqual([
      ['流量采买', '直通车', false],
      ['流量采买', '钻展', false],
      ['流量采买', '短信', false],
      ['人员费用', '临促', false],
      ['物料制作', 'DM单页', false],
      ['优惠补贴', '优惠券', false],
      ['平台费用', '坑位费', false],
      ['平台费用', '保证金', true],
    ]);
  });

  it('computes each line’s 小计, 合计 without the deposit, the reserve and the grand total', async () => {
    const host = make();
    const result = await run(host);
    const g = host.readGrid(BUDGET_SHEET);
    expect(g.values.slice(3, 11).map((r) => r[7])).toEqual([
      20000, 12000, 1000, 1500, 1500, 8000, 3000, 5000,
    ]);
    expect(g.values.slice(3, 11).map((r) => r[8])).toEqual([
      '流量采买',
      '流量采买',
      '流量采买',
      '人员费用',
      '物料制作',
      '优惠补贴',
      '平台费用',
      '平台费用',
    ]);
    expect(g.values.slice(3, 11).map((r) => r[9])).toEqual([
      '费用',
      '费用',
      '费用',
      '费用',
      '费用',
      '费用',
      '费用',
      '押金(可退)',
    ]);
    expect(valueRightOf(host, '合计')).toBe(47000);
    expect(valueRightOf(host, '风险备用金')).toBe(4700);
    expect(valueRightOf(host, '预算总额')).toBe(51700);
    expect(valueRightOf(host, '实际合计')).toBe(44800);
    expect(valueRightOf(host, '保证金（可退）')).toBe(5000);
    expect(valueRightOf(host, '流量采买')).toBe(33000);
    expect(errorCells(g)).toEqual([]);
    expect(
      result.issues
        .filter((i) => i.code === 'NUMBER_CONVERTED')
        .map((i) => [i.cell?.address, i.params.value]),
    ).toEqual([
      ['C5', 12000],
      ['C10', 3000],
    ]);
    expect(g.values[4]?.[2]).toBe(12000);
  });

  it('puts 差异 and 执行率 beside each line and highlights lines over budget', async () => {
    const host = make();
    await run(host);
    const g = host.readGrid(BUDGET_SHEET);
    expect(g.values[2]?.slice(7, 12)).toEqual([
      '预算小计',
      '汇总类别',
      '费用性质',
      '差异',
      '执行率',
    ]);
    expect(g.values[3]?.slice(10, 12)).toEqual([1500, 1.075]);
    expect(g.values[8]?.slice(10, 12)).toEqual([-800, 0.9]);
    const rule = host.extrasOf(BUDGET_SHEET).conditionalFormats.find((c) => c.range.col === 10)!;
    expect(rule.formula).toBe('=AND(ISNUMBER($K4),$K4>0)');
  });

  it('follows a 数量 changed by hand, with no add-in', async () => {
    const host = make();
    await run(host);
    host.hf.setCellContents({ sheet: host.hf.getSheetId(BUDGET_SHEET)!, row: 8, col: 3 }, [[1000]]);
    expect(valueRightOf(host, '合计')).toBe(49000);
    expect(valueRightOf(host, '预算总额')).toBe(53900);
  });

  it('changes none of the team’s cells on a second run, and keeps a reserve rate the team set', async () => {
    const host = make();
    await run(host);
    const id = host.hf.getSheetId(BUDGET_SHEET)!;
    const g1 = host.readGrid(BUDGET_SHEET);
    const rateRow = g1.values.findIndex((r) => r.includes('风险备用金比例'));
    const rateCol = g1.values[rateRow]!.indexOf('风险备用金比例') + 1;
    host.hf.setCellContents({ sheet: id, row: rateRow, col: rateCol }, [[0.12]]);
    const before = host.readGrid(BUDGET_SHEET);
    const second = await run(host);
    expect(host.readGrid(BUDGET_SHEET)).toEqual(before);
    expect(second.issues.filter((i) => i.code === 'NUMBER_CONVERTED')).toEqual([]);
    expect(valueRightOf(host, '风险备用金')).toBe(5640);
  });

  it('warns when the reserve rate is outside 10–15%', () => {
    const result = generateBudget(make().readGrid(BUDGET_SHEET), { reserveRate: 0.2 })!;
    expect(result.issues.find((i) => i.code === 'RESERVE_RATE_UNUSUAL')?.params).toEqual({
      rate: '20%',
    });
  });
});

describe('generateBudget and lines added later', () => {
  it('counts a line appended by hand in 合计 at once, and shows its category after the next run', async () => {
    const host = make();
    await run(host);
    const id = host.hf.getSheetId(BUDGET_SHEET)!;
    // The team replaces its own 合计 row with a new line, and adds its own total below.
    host.hf.setCellContents({ sheet: id, row: 11, col: 0 }, [
      ['物料制作', '手提袋', 2, 500, null, null, null],
      ['合计', null, null, null, null, null, null],
    ]);
    expect(valueRightOf(host, '合计')).toBe(48000);
    await run(host);
    expect(host.extrasOf(BUDGET_SHEET).numberFormats.get('11,8')).toBeUndefined();
    expect(host.readGrid(BUDGET_SHEET).values[11]?.slice(7, 10)).toEqual([
      1000,
      '物料制作',
      '费用',
    ]);
  });
});

describe('generateBudget on a budget whose team keeps its own 执行率 right of the table', () => {
  // As openpyxl-dacu.xlsx lays out 双11 预算: 类别 项目 预算 实际 in A–D, the team's 执行率 in E.
  const rows = [
    ['双11 预算与执行（元）'],
    ['类别', '项目', '预算', '实际', '执行率'],
    ['推广', '关键词推广', 50000, 52000, 1.04],
    [null, '人群推广', 30000, 28500, 0.95],
    ['平台费用', '坑位费', 20000, 20000, 1],
  ];

  it('gives each of the add-in’s columns its own column: 执行率 in E, the others from F', async () => {
    const host = MemoryHost.fromSheets({ 双11预算: rows });
    const result = generateBudget(host.readGrid('双11预算'))!;
    // Before, 预算小计 was given E too, and the plan's two blocks E2:E502 overlapped.
    await expect(host.apply(result.plan)).resolves.toBeDefined();
    expect(host.readGrid('双11预算').values[1]?.slice(4, 9)).toEqual([
      '执行率',
      '预算小计',
      '汇总类别',
      '费用性质',
      '差异',
    ]);
  });
});
