import * as path from 'node:path';
import { main } from '../../src/cli/main';
import { toSerial } from '../../src/core/calendar/serial';
import { errorCells, type CellValue, type Grid } from '../../src/core/grid';
import { XlsxHost } from '../../src/hosts/xlsx/XlsxHost';
import { BUDGET_SHEET, budgetRows } from '../fixtures/budget';
import { editWithExcelJs } from '../support/excelJs';
import { writeXlsxFixture } from '../support/hosts';
import { convertWithLibreOffice, recalcWithLibreOffice } from '../support/libreoffice';

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

async function recalculated(file: string, sheet = SHEET): Promise<Grid> {
  const converted = await convertWithLibreOffice(file, 'xlsx');
  return (await (await XlsxHost.open(converted)).readSheet(sheet))!;
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
    // 爆发 takes 50 % in one day: the hourly plan adds up to it.
    const hourly = await recalculated(edited, '爆发日');
    expect(beside(hourly, '合计', 2)).toBeCloseTo(gmv * 0.5, 6);
  });

  it('writes the 目标 sheet on the demo workbook, 爆发日 on its 开团, with no budget', async () => {
    const dir = path.dirname(output);
    expect(await main(['demo', '-o', path.join(dir, 'demo')], {}, quiet)).toBe(0);
    const demo = path.join(dir, 'demo', '推进表助手-示例.xlsx');
    const out = path.join(dir, 'demo-目标.xlsx');
    expect(await main(['targets', demo, '-o', out], {}, quiet)).toBe(0);
    const g = await recalculated(out);
    expect(beside(g, '访客数', 2)).toBeCloseTo(1200000 / (0.03 * 180), 6);
    expect(beside(g, '预算检查')).toBe('没有预算表可比');
    // 爆发日 follows the sample 推进表's 开团 (2026-12-12 10:00), as a day.
    expect(beside(g, '爆发日')).toBe(toSerial({ year: 2026, month: 12, day: 12 }));
  });

  it('lets `tuijin roi` compare 爆发日’s pasted hourly actuals with 计划 and flag beyond ±20 %', async () => {
    const dir = path.dirname(output);
    // As a team works: the file opened (and so computed) before the day's figures are pasted.
    const computed = await convertWithLibreOffice(output, 'xlsx');
    const pasted = path.join(dir, '爆发日实际.xlsx');
    const burstDay = 1200000 * 0.5;
    let share1 = 0;
    await editWithExcelJs(computed, pasted, (wb) => {
      const ws = wb.getWorksheet('爆发日')!;
      share1 = ws.getCell('B5').value as number;
      // 00:00 on plan (share × day), 01:00 at 60 % of it: −40 %.
      const share0 = ws.getCell('B4').value as number;
      ws.getRow(4).getCell(8).value = burstDay * share0;
      ws.getRow(5).getCell(8).value = burstDay * share1 * 0.6;
      ws.getRow(4).getCell(7).value = 100;
      ws.getRow(5).getCell(7).value = 50;
    });
    const lines: string[] = [];
    const io = { out: (s: string) => lines.push(s), err: () => undefined };
    const roiOut = path.join(dir, '爆发日ROI.xlsx');
    const code = await main(['roi', pasted, '-o', roiOut, '--sheet', '爆发日', '--json'], {}, io);
    expect(code).toBe(0);
    const report = JSON.parse(lines.join('')) as { issues: { code: string; cell?: unknown }[] };
    const dev = report.issues.find((i) => i.code === 'DEVIATION_BEYOND');
    expect(dev?.cell).toEqual({ sheet: '爆发日', address: expect.stringMatching(/5$/) });
    expect(share1).toBeGreaterThan(0);
    // LibreOffice alone here: the file went through LibreOffice before, which saved the 计划
    // formulas as 目标!$I$23 without quotes, a form HyperFormula cannot parse; the three engines
    // were compared on the add-in's own file above.
    const recalc = await recalcWithLibreOffice(roiOut, 'xlsx');
    const g = (await (await XlsxHost.open(recalc)).readSheet('爆发日'))!;
    const header = g.values[2]!;
    const deviation = header.indexOf('偏差');
    expect(g.values[4]![deviation]).toBeCloseTo(-0.4, 9);
    expect(g.values[3]![deviation]).toBeCloseTo(0, 9);
  });
});
