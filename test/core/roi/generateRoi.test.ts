import { cellAddress } from '../../../src/core/a1';
import { errorCells } from '../../../src/core/grid';
import { formatIssue } from '../../../src/core/issues';
import { generateRoi } from '../../../src/core/roi/generateRoi';
import { MemoryHost, type RawCell } from '../../../src/hosts/memory/MemoryHost';
import {
  CHANNEL_SHEET,
  CHANNEL_SPEND,
  channelRows,
  expectedChannels,
  expectedFigures,
  LAUNCH_SHEET,
  launchRows,
  SALES_SHEET,
  salesRows,
} from '../../fixtures/sales';
import { hfCell } from '../../support/hf';
import { valueRightOf } from '../../support/labels';

const make = (extra: Record<string, RawCell[][]> = {}) =>
  MemoryHost.fromSheets({ [SALES_SHEET]: salesRows, ...extra });

/** Each figure's number, read where the result says it is. */
function figures(host: MemoryHost, result: NonNullable<ReturnType<typeof generateRoi>>) {
  return Object.fromEntries(
    Object.entries(result.figures).map(([label, ref]) => [label, hfCell(host, SALES_SHEET, ref)]),
  );
}

describe('generateRoi on a 生意参谋 export', () => {
  it('computes every figure as its definition says, from a budget’s actual total', async () => {
    const host = make({ 预算: [['实际合计', 80000]] });
    const result = generateRoi(host.readGrid(SALES_SHEET), {
      spend: [{ description: '预算表“预算”的实际合计', sheet: '预算', ref: "'预算'!$B$1" }],
    })!;
    expect(result.headerRow).toBe(3);
    expect(result.mapping).toEqual({
      date: 0,
      visitors: 1,
      pageViews: 2,
      buyers: 3,
      orders: 4,
      gmv: 5,
      refund: 6,
    });
    await host.apply(result.plan);
    const got = figures(host, result);
    for (const [label, want] of Object.entries(expectedFigures(80000)))
      expect([label, got[label]]).toEqual([label, expect.closeTo(want, 6)]);
    expect(errorCells(host.readGrid(SALES_SHEET))).toEqual([]);
    expect(
      result.issues.filter((i) => i.code === 'NUMBER_CONVERTED').map((i) => i.cell?.address),
    ).toEqual(['B6', 'G7']);
    // Where 总投入 came from, in each reader's language: no Chinese sentence in the English one.
    const source = result.issues.find((i) => i.code === 'SPEND_FROM_BUDGET')!;
    expect(formatIssue(source, 'en-US')).toMatch(
      /: Total spend was taken from the actual total of the budget "预算" \(its planned total/,
    );
    expect(formatIssue(source, 'zh-CN')).toContain('总投入取自预算表“预算”的实际合计');
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
    host.hf.setCellContents({ sheet: host.hf.getSheetId(SALES_SHEET)!, row: 9, col: 0 }, [
      ['2026-12-15', 5000, 15000, 150, 160, 30000, 500],
    ]);
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
    expect(
      generateRoi(
        MemoryHost.fromSheets({
          表: [
            ['事项', '完成时间'],
            ['报名', '报名前1天'],
          ],
        }).readGrid('表'),
      ),
    ).toBeNull();
  });

  it('reads a channel sheet: ROI and share per channel, 总投入 from its spend, losing channels named and highlighted', async () => {
    const host = make({ [CHANNEL_SHEET]: channelRows });
    const result = generateRoi(host.readGrid(SALES_SHEET), {
      channels: host.readGrid(CHANNEL_SHEET),
    })!;
    await host.apply(result.plan);
    expect(result.sources.spend).toBe('channels');
    expect(figures(host, result).总投入).toBe(CHANNEL_SPEND);
    const g = host.readGrid(CHANNEL_SHEET);
    const header = g.values[2]!;
    const [roiCol, shareCol] = [header.indexOf('渠道ROI'), header.indexOf('花费占比')];
    expect(header.slice(0, 6)).toEqual(channelRows[2]);
    for (const [row, name] of [
      [3, '直通车'],
      [4, '引力魔方'],
      [5, '万相台'],
      [6, '淘宝客'],
    ] as const) {
      expect([name, g.values[row]![roiCol], g.values[row]![shareCol]]).toEqual([
        name,
        expect.closeTo(expectedChannels[name].roi, 9),
        expect.closeTo(expectedChannels[name].share, 9),
      ]);
    }
    expect(g.values[7]![roiCol] ?? null).toBeNull();
    expect(valueRightOf(g, '保本ROI', 0)).toBeCloseTo(2.5, 9);
    expect(
      result.issues
        .filter((i) => i.code === 'CHANNEL_BELOW_BREAK_EVEN')
        .map((i) => i.params.channel),
    ).toEqual(['引力魔方']);
    const rule = host.extrasOf(CHANNEL_SHEET).conditionalFormats[0]!;
    expect(rule.range).toEqual({ row: 3, col: roiCol, rows: 4, cols: 1 });
    expect(host.extrasOf(CHANNEL_SHEET).charts.map((c) => c.name)).toEqual(['推进表助手·渠道ROI']);
    expect(host.extrasOf(SALES_SHEET).charts.map((c) => [c.name, c.series[0].values])).toEqual([
      ['推进表助手·GMV走势', { row: 4, col: 5, rows: 5, cols: 1 }],
    ]);
    expect(errorCells(g)).toEqual([]);
  });

  it('reads a channel table below the sales data on the same sheet without counting it as sales', async () => {
    const host = make();
    host.hf.setCellContents(
      { sheet: host.hf.getSheetId(SALES_SHEET)!, row: 11, col: 0 },
      channelRows.slice(2),
    );
    const result = generateRoi(host.readGrid(SALES_SHEET))!;
    await host.apply(result.plan);
    expect(result.channels).toEqual({ sheet: SALES_SHEET, count: 4 });
    const got = figures(host, result);
    expect(got.支付金额).toBe(456000);
    expect(got.总投入).toBe(CHANNEL_SPEND);
    expect(errorCells(host.readGrid(SALES_SHEET))).toEqual([]);
    const again = host.readGrid(SALES_SHEET);
    await host.apply(generateRoi(again)!.plan);
    expect(host.readGrid(SALES_SHEET)).toEqual(again);
  });

  it('tracks launch day against plan: 偏差 per half hour, beyond ±20% highlighted and reported, a margin pasted as text converted', async () => {
    const host = MemoryHost.fromSheets({ [LAUNCH_SHEET]: launchRows });
    const result = generateRoi(host.readGrid(LAUNCH_SHEET))!;
    await host.apply(result.plan);
    const g = host.readGrid(LAUNCH_SHEET);
    const col = g.values[1]!.indexOf('偏差');
    expect(g.values.slice(2, 6).map((r) => r[col])).toEqual([
      expect.closeTo(0.2, 9),
      expect.closeTo(-0.04, 9),
      expect.closeTo(-1 / 3, 9),
      0,
    ]);
    expect(result.issues.find((i) => i.code === 'DEVIATION_BEYOND')?.params).toEqual({
      count: 1,
      cells: cellAddress({ row: 4, col }),
    });
    expect(
      host
        .extrasOf(LAUNCH_SHEET)
        .conditionalFormats.some((c) => c.formula.includes('ABS(') && c.range.col === col),
    ).toBe(true);
    expect(g.values[0]![1]).toBe(0.35);
    expect(hfCell(host, LAUNCH_SHEET, result.figures.目标达成率!)).toBeCloseTo(336000 / 330000, 9);
    expect(errorCells(g)).toEqual([]);
  });

  it('says which figure divides by zero, and shows 0 for it', async () => {
    const host = MemoryHost.fromSheets({
      表: [
        ['日期', '访客数', '支付买家数', '支付金额'],
        ['2026-12-12', 0, 0, 0],
      ],
    });
    const result = generateRoi(host.readGrid('表'))!;
    await host.apply(result.plan);
    expect(
      result.issues.filter((i) => i.code === 'ZERO_DENOMINATOR').map((i) => i.params.figure),
    ).toEqual(['支付转化率', '客单价']);
    expect(errorCells(host.readGrid('表'))).toEqual([]);
  });
});
