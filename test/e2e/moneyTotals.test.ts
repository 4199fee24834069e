import * as path from 'node:path';
import { main } from '../../src/cli/main';
import { errorCells, type Grid } from '../../src/core/grid';
import { XlsxHost } from '../../src/hosts/xlsx/XlsxHost';
import { expectedTotals as E, TOTALS_SHEET, totalInItemRows } from '../fixtures/budgetTotals';
import { expectedFigures, SALES_SHEET, salesRows } from '../fixtures/sales';
import { writeXlsxFixture } from '../support/hosts';
import { valueRightOf } from '../support/labels';
import { convertWithLibreOffice } from '../support/libreoffice';

jest.setTimeout(180_000);
const quiet = { out: () => undefined, err: () => undefined };

async function recalculated(file: string, sheet: string): Promise<Grid> {
  const host = await XlsxHost.open(await convertWithLibreOffice(file, 'xlsx'));
  return (await host.readSheet(sheet))!;
}

describe('tuijin budget then tuijin roi on a workbook with the team’s own 合计 row, in LibreOffice', () => {
  let output: string;
  beforeAll(async () => {
    const input = await writeXlsxFixture(
      {
        sheets: {
          [TOTALS_SHEET]: totalInItemRows,
          [SALES_SHEET]: [...salesRows, ['毛利率', 0.35]],
        },
      },
      '双11.xlsx',
    );
    const budgeted = path.join(path.dirname(input), '双11-预算.xlsx');
    output = path.join(path.dirname(input), '双11-ROI.xlsx');
    expect(await main(['budget', input, '-o', budgeted], {}, quiet)).toBe(0);
    expect(await main(['roi', budgeted, '-o', output], {}, quiet)).toBe(0);
  });

  it('gives 合计, 风险备用金, 预算总额 and 实际合计 of the lines alone', async () => {
    const g = await recalculated(output, TOTALS_SHEET);
    expect(errorCells(g)).toEqual([]);
    const right = (label: string) => valueRightOf(g, label, 13);
    expect([right('合计'), right('风险备用金'), right('预算总额'), right('实际合计')]).toEqual([
      E.合计,
      E.风险备用金,
      E.预算总额,
      E.实际合计,
    ]);
  });

  it('gives 总投入 and 投入产出比 from the budget’s 实际合计, the label row under the sales not summed', async () => {
    const g = await recalculated(output, SALES_SHEET);
    expect(errorCells(g)).toEqual([]);
    const want = expectedFigures(E.实际合计);
    const right = (label: string) => valueRightOf(g, label, 8);
    expect(right('访客数')).toBe(want.访客数);
    expect(right('总投入')).toBe(want.总投入);
    expect(right('投入产出比')).toBeCloseTo(want.投入产出比, 9);
  });
});
