import * as path from 'node:path';
import { main } from '../../src/cli/main';
import { errorCells, type Grid } from '../../src/core/grid';
import { XlsxHost } from '../../src/hosts/xlsx/XlsxHost';
import { BUDGET_SHEET, budgetRows } from '../fixtures/budget';
import { writeXlsxFixture } from '../support/hosts';
import { valueRightOf } from '../support/labels';
import { convertWithLibreOffice } from '../support/libreoffice';
import { editWithExcelJs } from '../support/excelJs';

jest.setTimeout(180_000);
const quiet = { out: () => undefined, err: () => undefined };

const rightOf = (g: Grid, label: string) => valueRightOf(g, label, 12);

async function recalculated(file: string) {
  return (await (
    await XlsxHost.open(await convertWithLibreOffice(file, 'xlsx'))
  ).readSheet(BUDGET_SHEET))!;
}

describe('the budget in LibreOffice', () => {
  let output: string;
  beforeAll(async () => {
    const input = await writeXlsxFixture({ sheets: { [BUDGET_SHEET]: budgetRows } }, '预算.xlsx');
    output = path.join(path.dirname(input), '预算-公式.xlsx');
    expect(await main(['budget', input, '-o', output], {}, quiet)).toBe(0);
  });

  it('recalculates each line’s 小计 and the totals, the deposit out of 合计, with no error value', async () => {
    const g = await recalculated(output);
    expect(errorCells(g)).toEqual([]);
    expect(g.values.slice(3, 11).map((r) => r[7])).toEqual([
      20000, 12000, 1000, 1500, 1500, 8000, 3000, 5000,
    ]);
    expect([
      rightOf(g, '合计'),
      rightOf(g, '风险备用金'),
      rightOf(g, '预算总额'),
      rightOf(g, '实际合计'),
      rightOf(g, '保证金（可退）'),
    ]).toEqual([47000, 4700, 51700, 44800, 5000]);
  });

  it('changes 合计 when 数量 is changed by hand, with no add-in', async () => {
    const edited = path.join(path.dirname(output), 'edited.xlsx');
    await editWithExcelJs(output, edited, (wb) => {
      wb.getWorksheet(BUDGET_SHEET)!.getCell('D9').value = 1000; // 优惠券: 10 × 1000
    });
    const g = await recalculated(edited);
    expect([rightOf(g, '合计'), rightOf(g, '预算总额')]).toEqual([49000, 53900]);
  });

  it('leaves the team’s cells alone on a second run', async () => {
    const again = path.join(path.dirname(output), 'again.xlsx');
    expect(await main(['budget', output, '-o', again], {}, quiet)).toBe(0);
    const first = (await (await XlsxHost.open(output)).readSheet(BUDGET_SHEET))!;
    const second = (await (await XlsxHost.open(again)).readSheet(BUDGET_SHEET))!;
    expect(second.values).toEqual(first.values);
    expect(second.formulas).toEqual(first.formulas);
  });
});
