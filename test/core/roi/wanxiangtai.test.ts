import { errorCells } from '../../../src/core/grid';
import { channelPlan } from '../../../src/core/roi/channelPlan';
import { generateRoi } from '../../../src/core/roi/generateRoi';
import { readChannelTable } from '../../../src/core/roi/readChannelTable';
import { MemoryHost, type RawCell } from '../../../src/hosts/memory/MemoryHost';
import { SALES_SHEET, salesRows } from '../../fixtures/sales';
import { WXT_SHEET, WXT_SPEND, wxtExpected, wxtRows } from '../../fixtures/wanxiangtai';

const grid = (rows: RawCell[][]) => MemoryHost.fromSheets({ s: rows }).readGrid('s');

/** A value the test cannot go on without. */
function must<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new Error(`no ${what}`);
  return value;
}

/** The 万相台无界 export with the plan applied on HyperFormula, 毛利率 25% (保本ROI 4) elsewhere. */
async function applied() {
  const host = MemoryHost.fromSheets({ [WXT_SHEET]: wxtRows, 指标: [[0.25, '=1/A1']] });
  const table = must(readChannelTable(host.readGrid(WXT_SHEET)), 'channel table');
  const result = channelPlan(host.readGrid(WXT_SHEET), table, "'指标'!$B$1", 0.25);
  await host.apply({ sheets: [result.plan], deleteSheets: [] });
  const g = host.readGrid(WXT_SHEET);
  const header = must(g.values[2], 'header');
  const col = (name: string) => header.indexOf(name);
  const rowOf = (name: string) => g.values.findIndex((r) => r[0] === name);
  const at = (row: number, c: number) => g.values[row]?.[c] ?? null;
  return { host, table, result, g, header, col, rowOf, at };
}

describe('readChannelTable, channelPlan and generateRoi on a 万相台无界 scene report', () => {
  it('reads as a channel table: the header under the title rows, every column by its export name', () => {
    const t = must(readChannelTable(grid(wxtRows)), 'channel table');
    expect(t.header.row).toBe(2);
    expect(t.header.mapping).toEqual({
      channel: 0,
      spend: 1,
      impressions: 2,
      clicks: 3,
      gmv: 6,
      orders: 7,
      carts: 8,
      // 投入产出比 (总成交 ÷ 花费), not 直接投入产出比, is the one compared with ours.
      roi: 9,
    });
    expect(t.channelRows).toEqual([3, 4, 5, 6, 7, 8]);
    // The sums stop above the export's 合计 row.
    expect(t.rows.rangeEnd).toBe(8);
  });

  it('writes 渠道ROI = 总成交金额 ÷ 花费 and 花费占比 for every scene, the figures computed by hand', async () => {
    const { g, col, rowOf, at } = await applied();
    for (const [name, want] of Object.entries(wxtExpected))
      expect([name, at(rowOf(name), col('渠道ROI')), at(rowOf(name), col('花费占比'))]).toEqual([
        name,
        want.roi === '' ? '' : expect.closeTo(want.roi, 9),
        expect.closeTo(want.share, 9),
      ]);
    expect(at(rowOf('合计'), col('渠道ROI'))).toBeNull();
    expect(errorCells(g)).toEqual([]);
  });

  it('leaves the export’s own 投入产出比 column as it was', async () => {
    const { g, col } = await applied();
    const roi = col('投入产出比');
    expect(g.values.map((r) => r[roi] ?? null)).toEqual(wxtRows.map((r) => r[roi] ?? null));
  });

  it('names exactly the scene whose export ROI is more than 1 % off, with its cell and both values', () => {
    const host = MemoryHost.fromSheets({ [WXT_SHEET]: wxtRows });
    const g = host.readGrid(WXT_SHEET);
    const result = channelPlan(g, must(readChannelTable(g), 'table'), '$Z$1', null);
    // By hand: 19,200 ÷ 8,000 = 2.40 against the export's 2.60, 8 % apart; 4.525 against 4.53 is
    // rounding; 内容营销 0 against 0 agrees; 超级直播 has no spend.
    expect(
      result.issues
        .filter((i) => i.code.startsWith('CHANNEL_ROI'))
        .map((i) => [i.code, i.cell?.address, i.params]),
    ).toEqual([
      [
        'CHANNEL_ROI_DIFFERS',
        'J5',
        { channel: '人群推广', header: '投入产出比', theirs: '2.60', ours: '2.40' },
      ],
    ]);
  });

  it('says under 保本ROI what 渠道ROI is, in which direction, and whose the 投入产出比 column is', async () => {
    const { header, col, at, result } = await applied();
    const label = header.indexOf('保本ROI');
    const notes = [3, 4, 5, 6, 7].map((row) => at(row, label));
    expect(notes).toEqual([
      '说明：渠道ROI = 成交金额 ÷ 花费',
      '也有团队反过来算 花费 ÷ 成交金额，',
      '那是这里的 1/渠道ROI',
      '花费占比 = 花费 ÷ 各渠道花费合计',
      '“投入产出比”列是导出的原值，未改动',
    ]);
    expect(result.plan.owned).toContainEqual({ row: 3, col: label, rows: 5, cols: 1 });
    // The chart starts right of the note's overflow columns, not over the label column.
    expect(result.plan.charts?.[0]?.at.col).toBe(label + 3);
    expect(col('渠道ROI')).toBeGreaterThan(col('直接投入产出比'));
  });

  it('keeps the 说明 as long without an export ROI column, its last line blank', () => {
    const g = grid([
      ['场景', '花费', '总成交金额'],
      ['关键词推广', 1000, 5000],
    ]);
    const result = channelPlan(g, must(readChannelTable(g), 'table'), '$Z$1', null);
    // 渠道ROI in D, 花费占比 in E, 保本ROI in F: the 说明 from F2 down.
    const notes = result.plan.blocks.find((b) => b.at.row === 1 && b.at.col === 5);
    expect(notes?.cells.map(([c]) => c?.kind)).toEqual(['text', 'text', 'text', 'text', 'blank']);
    expect(result.issues.filter((i) => i.code.startsWith('CHANNEL_ROI'))).toEqual([]);
  });

  it('shows 渠道ROI and 保本ROI as 0.00 and 花费占比 as 0.00%', async () => {
    const { header, col, result } = await applied();
    const formatAt = (c: number) =>
      result.plan.numberFormats.find((f) => f.range.col === c)?.format;
    expect([
      formatAt(col('渠道ROI')),
      formatAt(col('花费占比')),
      formatAt(header.indexOf('保本ROI') + 1),
    ]).toEqual(['0.00', '0.00%', '0.00']);
  });

  it('gives the KPI block 总投入 = the scenes’ spend, without the 合计 row', async () => {
    const host = MemoryHost.fromSheets({ [SALES_SHEET]: salesRows, [WXT_SHEET]: wxtRows });
    const result = must(
      generateRoi(host.readGrid(SALES_SHEET), { channels: host.readGrid(WXT_SHEET) }),
      'result',
    );
    await host.apply(result.plan);
    const sheet = must(host.hf.getSheetId(SALES_SHEET), 'sheet');
    const value = (label: '总投入' | '投入产出比') =>
      host.hf.calculateFormula(`=${must(result.figures[label], label)}`, sheet);
    // By hand: 支付金额 of the sales fixture is 456,000.
    expect(value('总投入')).toBeCloseTo(WXT_SPEND, 9);
    expect(value('投入产出比')).toBeCloseTo(456000 / WXT_SPEND, 9);
    expect(result.channels).toEqual({ sheet: WXT_SHEET, count: 6 });
    expect(result.issues.map((i) => i.code)).toContain('CHANNEL_ROI_DIFFERS');
  });
});

describe('readChannelTable across ad tools', () => {
  it.each([
    ['直通车 (older tools)', ['推广渠道', '花费', '展现量', '点击量', '成交金额', 'ROI']],
    ['钻展/超级推荐', ['推广工具', '消耗', '曝光', '点击', '支付金额', '投产比']],
    ['万相台无界 with 场景名称', ['场景名称', '花费', '总成交金额', '总成交笔数', '总购物车数']],
    ['万相台无界 with 推广场景', ['推广场景', '总花费', '成交金额', '成交笔数', '加购量', 'ROI']],
  ])('reads a %s table', (_, header) => {
    const row = ['关键词推广', 100, 500, 10, 20, 5];
    const t = readChannelTable(grid([['报表'], header, row.slice(0, header.length)]));
    expect([t?.header.row, t?.cols.channel, t?.cols.spend, t?.channelRows]).toEqual([1, 0, 1, [2]]);
  });
});
