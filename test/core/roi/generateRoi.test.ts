import { errorCells } from '../../../src/core/grid';
import { generateRoi } from '../../../src/core/roi/generateRoi';
import { MemoryHost } from '../../../src/hosts/memory/MemoryHost';
import { expectedFigures, SALES_SHEET, salesRows } from '../../fixtures/sales';

const make = (extra: Record<string, (string | number | null)[][]> = {}) => MemoryHost.fromSheets({ [SALES_SHEET]: salesRows, ...extra });

/** Each figure's number, read where the result says it is. */
function figures(host: MemoryHost, result: NonNullable<ReturnType<typeof generateRoi>>) {
  const id = host.hf.getSheetId(SALES_SHEET)!;
  return Object.fromEntries(
    Object.entries(result.figures).map(([label, ref]) => {
      const [, col, row] = /\$([A-Z]+)\$(\d+)/.exec(ref)!;
      return [label, host.hf.getCellValue({ sheet: id, row: Number(row) - 1, col: col!.charCodeAt(0) - 65 })];
    }),
  );
}

describe('generateRoi on a 生意参谋 export', () => {
  it('computes every figure as its definition says, from a budget’s actual total', async () => {
    const host = make({ 预算: [['实际合计', 80000]] });
    const result = generateRoi(host.readGrid(SALES_SHEET), { spend: [{ description: '预算表“预算”的实际合计', ref: "'预算'!$B$1" }] })!;
    expect(result.headerRow).toBe(3);
    expect(result.mapping).toEqual({ date: 0, visitors: 1, pageViews: 2, buyers: 3, orders: 4, gmv: 5, refund: 6 });
    await host.apply(result.plan);
    const got = figures(host, result);
    for (const [label, want] of Object.entries(expectedFigures(80000))) expect([label, got[label]]).toEqual([label, expect.closeTo(want, 6)]);
    expect(errorCells(host.readGrid(SALES_SHEET))).toEqual([]);
    expect(result.issues.filter((i) => i.code === 'NUMBER_CONVERTED').map((i) => i.cell?.address)).toEqual(['B6', 'G7']);
  });

  it('shows 0, not an error value, when there is no spend yet, and asks for it', async () => {
    const host = make();
    const result = generateRoi(host.readGrid(SALES_SHEET))!;
    await host.apply(result.plan);
    expect(figures(host, result).投入产出比).toBe(0);
    expect(result.issues.map((i) => i.code)).toContain('SPEND_MISSING');
    expect(errorCells(host.readGrid(SALES_SHEET))).toEqual([]);
  });

  it('takes in a day appended by hand, with no add-in', async () => {
    const host = make();
    const result = generateRoi(host.readGrid(SALES_SHEET))!;
    await host.apply(result.plan);
    host.hf.setCellContents({ sheet: host.hf.getSheetId(SALES_SHEET)!, row: 9, col: 0 }, [['2026-12-15', 5000, 15000, 150, 160, 30000, 500]]);
    expect(figures(host, result).支付金额).toBe(486000);
  });

  it('changes none of the analyst’s cells on a second run', async () => {
    const host = make();
    await host.apply(generateRoi(host.readGrid(SALES_SHEET))!.plan);
    const before = host.readGrid(SALES_SHEET);
    await host.apply(generateRoi(host.readGrid(SALES_SHEET))!.plan);
    expect(host.readGrid(SALES_SHEET)).toEqual(before);
  });

  it('reads no sales table where there is none', () => {
    expect(generateRoi(MemoryHost.fromSheets({ 表: [['事项', '完成时间'], ['报名', '报名前1天']] }).readGrid('表'))).toBeNull();
  });
});
