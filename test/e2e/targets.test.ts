import * as path from 'node:path';
import { main } from '../../src/cli/main';
import { errorCells, type CellValue, type Grid } from '../../src/core/grid';
import { XlsxHost } from '../../src/hosts/xlsx/XlsxHost';
import { BUDGET_SHEET, budgetRows } from '../fixtures/budget';
import { editWithExcelJs } from '../support/excelJs';
import { writeXlsxFixture } from '../support/hosts';
import { convertWithLibreOffice } from '../support/libreoffice';

jest.setTimeout(240_000);
const quiet = { out: () => undefined, err: () => undefined };
const SHEET = '目标';

// The last campaign's sales: 客单价 = 360000 ÷ 1500 = 240, 转化率 = 1500 ÷ 40000 = 3.75 %.
const SALES: (string | number)[][] = [
  ['日期', '访客数', '支付买家数', '支付金额'],
  ['2026-11-10', 10000, 300, 60000],
  ['2026-11-11', 30000, 1200, 300000],
];
const AOV = 240;
const CONV = 0.0375;
const MARGIN = 0.35;
// Paid channels' shares and ROIs as the sheet starts them; 自然流量 (25 %) spends nothing.
const PAID = [
  [0.3, 5],
  [0.15, 3],
  [0.2, 4],
  [0.1, 8],
] as const;
const spendFor = (gmv: number) => PAID.reduce((s, [share, roi]) => s + (gmv * share) / roi, 0);
// The fixture budget's 预算总额 after `tuijin budget`: 合计 47000 + 10 % 风险备用金.
const BUDGET_TOTAL = 51700;

/** The value in column `col` of the nth row labelled `label` in column A. */
function beside(g: Grid, label: string, col = 1, nth = 0): CellValue | undefined {
  const rows = g.values.filter((r) => r[0] === label);
  return rows[nth]?.[col];
}

async function recalculated(file: string): Promise<Grid> {
  const converted = await convertWithLibreOffice(file, 'xlsx');
  return (await (await XlsxHost.open(converted)).readSheet(SHEET))!;
}

describe('the 目标 sheet in LibreOffice, Gnumeric and HyperFormula', () => {
  let output: string;
  beforeAll(async () => {
    const input = await writeXlsxFixture(
      { sheets: { 店铺数据: SALES, [BUDGET_SHEET]: budgetRows } },
      '目标输入.xlsx',
    );
    const budgeted = path.join(path.dirname(input), '目标预算.xlsx');
    expect(await main(['budget', input, '-o', budgeted], {}, quiet)).toBe(0);
    output = path.join(path.dirname(input), '目标拆解.xlsx');
    expect(await main(['targets', budgeted, '-o', output, '--target', '120万'], {}, quiet)).toBe(0);
  });

  it('computes the split, spend against 预算总额 and the inverse answers as worked out by hand', async () => {
    const g = await recalculated(output);
    expect(errorCells(g)).toEqual([]);
    const T = 1200000;
    const visitors = T / (CONV * AOV);
    const spend = spendFor(T);
    expect(beside(g, '客单价')).toBeCloseTo(AOV, 9);
    expect(beside(g, '访客数', 2)).toBeCloseTo(visitors, 6);
    expect(beside(g, '推广花费', 3)).toBeCloseTo(spendFor(T * 1.2), 6);
    expect(beside(g, '爆发', 6)).toBeCloseTo(visitors * 0.5, 6);
    expect(beside(g, '合计', 4, 1)).toBeCloseTo(spend, 6);
    expect(beside(g, '预算总额')).toBe(BUDGET_TOTAL);
    expect(beside(g, '预算检查')).toBe(`超出预算 ${Math.round(spend - BUDGET_TOTAL)} 元`);
    expect(beside(g, '保本转化率')).toBeCloseTo(spend / (MARGIN * visitors * AOV), 9);
    expect(beside(g, '保本最低客单价')).toBeCloseTo(spend / (MARGIN * visitors * CONV), 6);
    expect(beside(g, '保本最高花费')).toBeCloseTo(T * MARGIN, 6);
  });

  it('follows 销售额目标 and the switch changed by hand, with no add-in', async () => {
    const edited = path.join(path.dirname(output), '目标改.xlsx');
    await editWithExcelJs(output, edited, (wb) => {
      const ws = wb.getWorksheet(SHEET)!;
      ws.getCell('B4').value = 2000000;
      ws.getCell('B17').value = '保守';
    });
    const g = await recalculated(edited);
    const gmv = 2000000 * 0.8;
    expect(beside(g, '选用销售额')).toBeCloseTo(gmv, 6);
    expect(beside(g, '合计', 6)).toBeCloseTo(gmv / (CONV * AOV), 6);
    expect(beside(g, '合计', 4, 1)).toBeCloseTo(spendFor(gmv), 6);
  });

  it('writes the 目标 sheet on the demo workbook, which has no sales or budget', async () => {
    const dir = path.dirname(output);
    expect(await main(['demo', '-o', path.join(dir, 'demo')], {}, quiet)).toBe(0);
    const demo = path.join(dir, 'demo', '推进表助手-示例.xlsx');
    const out = path.join(dir, 'demo-目标.xlsx');
    expect(await main(['targets', demo, '-o', out], {}, quiet)).toBe(0);
    const g = await recalculated(out);
    expect(beside(g, '访客数', 2)).toBeCloseTo(1200000 / (0.03 * 180), 6);
    expect(beside(g, '预算检查')).toBe('没有预算表可比');
  });
});
