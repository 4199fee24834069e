import { cellAddress, rangeAddress } from '../../../src/core/a1';
import { errorCells, type Grid } from '../../../src/core/grid';
import { channelPlan } from '../../../src/core/roi/channelPlan';
import { readChannelTable } from '../../../src/core/roi/readChannelTable';
import { MemoryHost, type RawCell } from '../../../src/hosts/memory/MemoryHost';

/**
 * Five channels, one spend pasted as text, one without spend yet, a gap row, and the export's own
 * 合计 row, which is not a channel. 毛利率 25% on another sheet: 保本ROI = 1 ÷ 0.25 = 4.
 */
const channels: RawCell[][] = [
  ['渠道', '花费', '成交金额', '点击'],
  ['直通车', 10000, 50000, 2000],
  ['引力魔方', '6000', 12000, null],
  ['万相台', 4000, 18000, 500],
  ['淘宝客', 0, 3000, null],
  [null, null, null, null],
  ['短信', 2000, 1000, null],
  ['合计', 22000, 84000, 2500],
];
const BREAK_EVEN = "'指标'!$B$1";
const make = () => MemoryHost.fromSheets({ 渠道: channels, 指标: [[0.25, '=1/A1']] });

// By hand: the spend of the five channels, 合计 row left out.
const SPEND = 10000 + 6000 + 4000 + 0 + 2000;
const expected: Record<string, { roi: number | ''; share: number }> = {
  直通车: { roi: 50000 / 10000, share: 10000 / SPEND },
  引力魔方: { roi: 12000 / 6000, share: 6000 / SPEND },
  万相台: { roi: 18000 / 4000, share: 4000 / SPEND },
  淘宝客: { roi: '', share: 0 },
  短信: { roi: 1000 / 2000, share: 2000 / SPEND },
};

/** A value the test cannot go on without. */
function must<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new Error(`no ${what}`);
  return value;
}

function planned(host: MemoryHost, margin: number | null = 0.25) {
  const grid = host.readGrid('渠道');
  const table = must(readChannelTable(grid), 'channel table');
  return { grid, table, result: channelPlan(grid, table, BREAK_EVEN, margin) };
}

async function applied() {
  const host = make();
  const { result } = planned(host);
  await host.apply({ sheets: [result.plan], deleteSheets: [] });
  const g = host.readGrid('渠道');
  const header = must(g.values[0], 'header');
  const [roiCol, shareCol] = [header.indexOf('渠道ROI'), header.indexOf('花费占比')];
  const rowOf = (name: string) => g.values.findIndex((r) => r[0] === name);
  const valueAt = (row: number, col: number) => g.values[row]?.[col] ?? null;
  const sheet = must(host.hf.getSheetId('渠道'), 'sheet');
  return { host, sheet, result, g, header, roiCol, shareCol, rowOf, valueAt };
}

describe('channelPlan', () => {
  it('writes 渠道ROI = 成交金额 / 花费 and 花费占比 beside each channel', async () => {
    const { g, roiCol, shareCol, rowOf, valueAt } = await applied();
    expect(roiCol).toBeGreaterThan(3);
    for (const [name, want] of Object.entries(expected)) {
      const row = rowOf(name);
      expect([name, valueAt(row, roiCol), valueAt(row, shareCol)]).toEqual([
        name,
        want.roi === '' ? '' : expect.closeTo(want.roi, 9),
        expect.closeTo(want.share, 9),
      ]);
    }
    expect(errorCells(g)).toEqual([]);
  });

  it('leaves the gap row and the 合计 row without figures', async () => {
    const { roiCol, rowOf, valueAt } = await applied();
    expect(valueAt(5, roiCol)).toBeNull();
    expect(valueAt(rowOf('合计'), roiCol)).toBeNull();
  });

  it('sums the channels’ spend, not the 合计 row, for 总投入', async () => {
    const { host, sheet, result } = await applied();
    expect(host.hf.calculateFormula(`=${result.spendTotal}`, sheet)).toBe(SPEND);
  });

  it('shows 保本ROI from the KPI block beside the table', async () => {
    const { header, valueAt } = await applied();
    expect(valueAt(0, header.indexOf('保本ROI') + 1)).toBeCloseTo(4, 9);
  });

  it('highlights exactly the channels below 保本ROI', async () => {
    const { host, sheet, result, header, rowOf } = await applied();
    const rule = must(result.plan.conditionalFormats[0], 'rule');
    const top = rangeAddress({ ...rule.range, rows: 1, cols: 1 });
    // The rule is written for its range's top-left cell; Excel shifts it down row by row.
    const inRange = (row: number) =>
      row >= rule.range.row && row < rule.range.row + rule.range.rows;
    const highlighted = Object.keys(expected).filter((name) => {
      const at = cellAddress({ row: rowOf(name), col: rule.range.col });
      return (
        inRange(rowOf(name)) &&
        host.hf.calculateFormula(rule.formula.split(top).join(at), sheet) === true
      );
    });
    expect(highlighted).toEqual(['引力魔方', '短信']);
    expect(inRange(rowOf('合计'))).toBe(false);
    expect(header).toContain('渠道ROI');
  });

  it('names the channels that lose money at the given margin, not those without spend', () => {
    const { result } = planned(make());
    expect(
      result.issues
        .filter((i) => i.code === 'CHANNEL_BELOW_BREAK_EVEN')
        .map((i) => [i.params.channel, i.params.roi, i.params.breakEven]),
    ).toEqual([
      ['引力魔方', '2.00', '4.00'],
      ['短信', '0.50', '4.00'],
    ]);
  });

  it('names no channel when the margin is not known', () => {
    const { result } = planned(make(), null);
    expect(result.issues.filter((i) => i.code === 'CHANNEL_BELOW_BREAK_EVEN')).toEqual([]);
  });

  it('turns a spend pasted as text into a number and warns of a negative spend', () => {
    const host = MemoryHost.fromSheets({
      渠道: [
        ['渠道', '花费', '成交金额'],
        ['直通车', '1.5万', 60000],
        ['返利', -500, 0],
      ],
    });
    const { result } = planned(host, null);
    expect(result.issues.map((i) => [i.code, i.cell?.address])).toEqual([
      ['NUMBER_CONVERTED', 'B2'],
      ['NEGATIVE_SPEND', 'B3'],
    ]);
  });

  it('adds a column chart of the channels’ ROI', () => {
    const { result, table } = planned(make());
    const [chart] = result.plan.charts ?? [];
    expect(chart?.kind).toBe('column');
    expect(chart?.categories.col).toBe(table.cols.channel);
    expect(chart?.series.map((s) => s.values)).toEqual([result.plan.conditionalFormats[0]?.range]);
  });

  it('does not mutate its input', () => {
    const host = make();
    const grid: Grid = host.readGrid('渠道');
    const before = structuredClone(grid);
    const table = must(readChannelTable(grid), 'channel table');
    channelPlan(grid, table, BREAK_EVEN, 0.25);
    expect(grid).toEqual(before);
  });
});
