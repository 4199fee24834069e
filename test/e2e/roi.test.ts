import * as path from 'node:path';
import { main } from '../../src/cli/main';
import { errorCells, type Grid } from '../../src/core/grid';
import { XlsxHost } from '../../src/hosts/xlsx/XlsxHost';
import { BUDGET_SHEET, budgetRows } from '../fixtures/budget';
import {
  CHANNEL_SHEET,
  channelRows,
  expectedChannels,
  expectedFigures,
  SALES_SHEET,
  salesRows,
} from '../fixtures/sales';
import { writeXlsxFixture } from '../support/hosts';
import { valueRightOf } from '../support/labels';
import { convertWithLibreOffice } from '../support/libreoffice';
import { editWithExcelJs } from '../support/excelJs';

jest.setTimeout(180_000);
const quiet = { out: () => undefined, err: () => undefined };

const rightOf = (g: Grid, label: string) => valueRightOf(g, label, 10);

describe('ROI figures in LibreOffice', () => {
  it('equal their definitions, with 总投入 from the budget’s actual total, and take in a day appended by hand', async () => {
    const input = await writeXlsxFixture(
      {
        sheets: {
          [SALES_SHEET]: salesRows,
          [CHANNEL_SHEET]: channelRows,
          [BUDGET_SHEET]: budgetRows,
        },
      },
      '活动.xlsx',
    );
    const withBudget = path.join(path.dirname(input), 'budget.xlsx');
    expect(await main(['budget', input, '-o', withBudget], {}, quiet)).toBe(0);
    const output = path.join(path.dirname(input), 'roi.xlsx');
    const out: string[] = [];
    expect(
      await main(
        ['roi', withBudget, '-o', output],
        {},
        { out: (l) => out.push(l), err: () => undefined },
      ),
    ).toBe(0);
    expect(out.join('\n')).toContain('命令行写出的文件里没有图表');
    const recalculated = await XlsxHost.open(await convertWithLibreOffice(output, 'xlsx'));
    const g = (await recalculated.readSheet(SALES_SHEET))!;
    expect(errorCells(g)).toEqual([]);
    for (const [label, want] of Object.entries(expectedFigures(44800)))
      expect([label, rightOf(g, label)]).toEqual([label, expect.closeTo(want, 6)]);

    const ch = (await recalculated.readSheet(CHANNEL_SHEET))!;
    expect(errorCells(ch)).toEqual([]);
    const roiCol = ch.values[2]!.indexOf('渠道ROI');
    const roiByChannel = Object.fromEntries(ch.values.slice(3, 7).map((r) => [r[0], r[roiCol]]));
    expect(roiByChannel).toEqual(
      Object.fromEntries(
        Object.entries(expectedChannels).map(([k, v]) => [k, expect.closeTo(v.roi, 9)]),
      ),
    );
    expect(valueRightOf(ch, '保本ROI', 0)).toBeCloseTo(2.5, 9);

    // A second run changes none of the analyst's cells (the data left of the add-in's columns).
    const twice = path.join(path.dirname(input), 'roi2.xlsx');
    expect(await main(['roi', output, '-o', twice], {}, quiet)).toBe(0);
    const [a, b] = [await XlsxHost.open(output), await XlsxHost.open(twice)];
    for (const sheet of [SALES_SHEET, CHANNEL_SHEET])
      expect((await b.readSheet(sheet))!.values).toEqual((await a.readSheet(sheet))!.values);

    const appended = path.join(path.dirname(input), 'appended.xlsx');
    await editWithExcelJs(output, appended, (wb) => {
      wb.getWorksheet(SALES_SHEET)!.getRow(10).values = [
        '2026-12-15',
        5000,
        15000,
        150,
        160,
        30000,
        500,
      ];
    });
    const g2 = (await (
      await XlsxHost.open(await convertWithLibreOffice(appended, 'xlsx'))
    ).readSheet(SALES_SHEET))!;
    expect(rightOf(g2, '支付金额')).toBe(486000);
  });

  it('refuses a workbook with no sales table, with exit 1', async () => {
    const input = await writeXlsxFixture(
      { sheets: { [BUDGET_SHEET]: budgetRows } },
      '只有预算.xlsx',
    );
    const err: string[] = [];
    expect(
      await main(
        ['roi', input, '-o', path.join(path.dirname(input), 'x.xlsx')],
        {},
        { out: () => undefined, err: (l) => err.push(l) },
      ),
    ).toBe(1);
    expect(err.join('')).toContain('没有能读懂的销售数据');
  });
});
