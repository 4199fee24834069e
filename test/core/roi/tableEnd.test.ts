import { prepareBudget } from '../../../src/app/budget';
import { prepareRoi } from '../../../src/app/roi';
import { parseCell } from '../../../src/core/a1';
import { errorCells, valueAt } from '../../../src/core/grid';
import type { RoiResult } from '../../../src/core/roi/types';
import { MemoryHost, type RawCell } from '../../../src/hosts/memory/MemoryHost';
import { expectedTotals, TOTALS_SHEET, totalInItemRows } from '../../fixtures/budgetTotals';
import { expectedFigures, SALES_SHEET, salesRows } from '../../fixtures/sales';

/** Each KPI as the workbook computes it, read where the result says it is. */
function kpis(host: MemoryHost, result: RoiResult) {
  const grid = host.readGrid(result.sheet);
  return Object.fromEntries(
    Object.entries(result.figures).map(([label, ref]) => [label, valueAt(grid, parseCell(ref))]),
  );
}

async function roiOn(sheets: Record<string, RawCell[][]>) {
  const host = MemoryHost.fromSheets(sheets);
  const { result } = await prepareRoi(host, { sheet: SALES_SHEET });
  await host.apply(result!.plan);
  return { host, result: result!, figures: kpis(host, result!) };
}

const plain = () => roiOn({ [SALES_SHEET]: salesRows });
const width = salesRows[3]!.length;
const row = (...cells: RawCell[]) => [...cells, ...Array<RawCell>(width - cells.length).fill(null)];

describe('generateRoi where the sales table ends', () => {
  it.each([
    ['a 毛利率 label row right under the data', [row('毛利率', 0.35)]],
    ['the analyst’s own 合计 row', [row('合计', 66000, 198000, 2280, 2520, 456000, 9156.5)]],
    ['a blank row, then a note', [row(), row('备注：数据来自生意参谋，已剔除刷单')]],
    ['a blank row, then another table', [row(), row('渠道', '花费'), row('直通车', 5000)]],
  ])('gives the same KPIs with %s as without it', async (_, below) => {
    const { figures: want } = await plain();
    const { host, figures } = await roiOn({ [SALES_SHEET]: [...salesRows, ...below] });
    expect(figures).toEqual(want);
    expect(errorCells(host.readGrid(SALES_SHEET))).toEqual([]);
  });

  it('counts a day inserted above the analyst’s 合计 row at once, and never the 合计 row', async () => {
    const total = row('合计', 66000, 198000, 2280, 2520, 456000, 9156.5);
    const { host, result } = await roiOn({ [SALES_SHEET]: [...salesRows, total] });
    const id = host.hf.getSheetId(SALES_SHEET)!;
    host.hf.addRows(id, [9, 1]);
    host.hf.setCellContents({ sheet: id, row: 9, col: 0 }, [
      ['2026-12-15', 5000, 15000, 150, 160, 30000, 500],
    ]);
    expect(kpis(host, result).支付金额).toBe(expectedFigures(0).支付金额 + 30000);
  });
});

describe('prepareBudget then prepareRoi on one workbook', () => {
  it('takes 总投入 from the budget’s 实际合计, the team’s 合计 row not counted twice', async () => {
    const host = MemoryHost.fromSheets({
      [TOTALS_SHEET]: totalInItemRows,
      [SALES_SHEET]: salesRows,
    });
    const budget = await prepareBudget(host, {});
    await host.apply(budget.result!.plan);
    const roi = await prepareRoi(host, {});
    await host.apply(roi.result!.plan);
    const got = kpis(host, roi.result!);
    const want = expectedFigures(expectedTotals.实际合计);
    expect(got.总投入).toBe(want.总投入);
    expect(got.投入产出比).toBeCloseTo(want.投入产出比, 12);
    expect(got.净利润).toBeCloseTo(want.净利润, 6);
    // Live: an actual changed later in the budget reaches 总投入 with no add-in.
    const id = host.hf.getSheetId(TOTALS_SHEET)!;
    host.hf.setCellContents({ sheet: id, row: 2, col: 6 }, [[62000]]);
    expect(kpis(host, roi.result!).总投入).toBe(expectedTotals.实际合计 + 10000);
  });
});

describe('tableRows', () => {
  it('reads a dash or N/A in a number column as no data, not as the end of the table', async () => {
    const dashed = salesRows.map((r, i) =>
      i === 5 ? r.map((v, c) => (c === 2 ? '-' : c === 4 ? 'N/A' : v)) : r,
    );
    const { result } = await roiOn({ [SALES_SHEET]: dashed });
    expect(result.rows).toBe(5);
  });
});
