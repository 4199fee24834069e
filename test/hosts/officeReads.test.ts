import { budgetGrid, rawRows, taskGrid } from '../../bench/workloads';
import { prepareCommand } from '../../src/app/prepareCommand';
import { readTimelineBook } from '../../src/app/timeline';
import { HostError } from '../../src/hosts/errors';
import { MemoryHost } from '../../src/hosts/memory/MemoryHost';
import { areaBoxes } from '../../src/hosts/office/areaAddresses';
import { OfficeHost, REQUEST_BUDGET_BYTES } from '../../src/hosts/office/OfficeHost';
import { FakeExcel, PAYLOAD_LIMIT } from '../support/fakeExcel';
import { addressSheet } from '../support/fakeReads';

const ANCHOR_ARGS = ['报名=2026-09-20', '开团=2026-11-11T10:00', '活动结束=2026-11-12T10:00'];
type Cell = string | number | null;

/** An order export as shops download it: many rows of long text, no 推进表 in it. */
function orders(n: number): Cell[][] {
  return [
    ['订单编号', '买家会员名', '商品标题', '收货地址', '实付金额'],
    ...Array.from({ length: n }, (_, i) => [
      `TB2026111100${i}`,
      `买家${i}`,
      `双11预售 爆款保温杯 大容量 不锈钢 男女学生 礼盒装 ${i}`,
      `浙江省杭州市余杭区文一西路${i}号 某某小区 ${i % 30} 幢`,
      99 + (i % 50),
    ]),
  ];
}

describe('the fake Excel answering reads', () => {
  it('fails a response over 5 MB with ResponsePayloadSizeLimitExceeded and loads nothing', async () => {
    const fake = new FakeExcel(MemoryHost.fromSheets({ 表: [['x'.repeat(PAYLOAD_LIMIT)]] }));
    let range: Excel.Range | undefined;
    await expect(
      fake.run(async (context) => {
        range = context.workbook.worksheets.getItem('表').getRange('A1');
        range.load('values');
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'ResponsePayloadSizeLimitExceeded' });
    expect(() => range?.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
  });

  it.each([
    ['Sheet1', 'Sheet1'],
    ['推进表', '推进表'],
    ['Two Names', "'Two Names'"],
    ["Sheet's With Apostrophe", "'Sheet''s With Apostrophe'"],
    ['ev1', "'ev1'"],
    ['双11,预售', "'双11,预售'"],
  ])('writes the sheet %s in an address as %s', (name, shown) => {
    expect(addressSheet(name)).toBe(shown);
  });

  it('fails merged areas past 512 in the range', async () => {
    const merges = Array.from({ length: 513 }, (_, i) => ({ row: i, col: 0, rows: 1, cols: 2 }));
    const fake = new FakeExcel(MemoryHost.fromSheets({ 表: [[1]] }, { 表: merges }), {
      mergedAreasApi: true,
    });
    await expect(
      fake.run(async (context) => {
        const areas = context.workbook.worksheets
          .getItem('表')
          .getRange('A1:B600')
          .getMergedAreasOrNullObject();
        areas.load('address');
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'GeneralException' });
  });
});

describe('areaBoxes', () => {
  it('splits blocks at commas outside quoted sheet names', () => {
    expect(areaBoxes("'双11,预售'!A1:B2, '双11,预售'!D4,'Tom''s, 表'!C3:C5")).toEqual([
      { row: 0, col: 0, rows: 2, cols: 2 },
      { row: 3, col: 3, rows: 1, cols: 1 },
      { row: 2, col: 2, rows: 3, cols: 1 },
    ]);
  });
});

describe('OfficeHost reads', () => {
  it('reads a sheet whose data starts at C5 with C5 as its origin', async () => {
    const rows: Cell[][] = [[], [], [], [], [null, null, '事项', '完成时间'], [null, null, 'a', 1]];
    const fake = new FakeExcel(MemoryHost.fromSheets({ 表: rows }));
    const grid = await new OfficeHost(fake.run, () => false).readSheet('表');
    expect(grid?.origin).toEqual({ row: 4, col: 2 });
    expect(grid?.values).toEqual([
      ['事项', '完成时间'],
      ['a', 1],
    ]);
  });

  it('reads a sheet of 60,000 orders in row bands, no response over 4 MB', async () => {
    const fake = new FakeExcel(MemoryHost.fromSheets({ 订单: orders(60000) }));
    const grid = await new OfficeHost(fake.run, () => false).readSheet('订单');
    expect(grid?.values).toHaveLength(60001);
    expect(grid?.values[60000]?.[0]).toBe('TB202611110059999');
    expect(Math.max(...fake.responseBytes)).toBeLessThanOrEqual(REQUEST_BUDGET_BYTES);
  });

  it('reads only the first rows of a long sheet no command reads, and every row of one it does', async () => {
    const plan = taskGrid(3000);
    const fake = new FakeExcel(
      MemoryHost.fromSheets({ 订单: orders(30000), [plan.sheet]: rawRows(plan) }),
    );
    const host = new OfficeHost(fake.run, () => false);
    const book = await readTimelineBook(host);
    expect(book.matches.map((g) => [g.sheet, g.values.length])).toEqual([[plan.sheet, 3001]]);
    // The 30,000 orders, ~4.5 MB of text, never came back: only their first rows did.
    const received = fake.responseBytes.reduce((a, b) => a + b, 0);
    expect(received).toBeLessThan(1024 * 1024);
  });

  it('reads merged areas in their own request, falling back to the top rows past 512', async () => {
    const sheet = "双11,Tom's 表";
    const header = [{ row: 0, col: 0, rows: 1, cols: 3 }];
    const lower = Array.from({ length: 600 }, (_, i) => ({
      row: 60 + i,
      col: 0,
      rows: 1,
      cols: 2,
    }));
    const rows = Array.from({ length: 700 }, (_, i) => [`r${i}`, 1, 2]);
    const fake = new FakeExcel(
      MemoryHost.fromSheets(
        { [sheet]: rows, 其他: [['x']] },
        { [sheet]: [...header, ...lower], 其他: header },
      ),
      { mergedAreasApi: true },
    );
    const host = new OfficeHost(fake.run, () => true);
    const grid = await host.readSheet(sheet);
    expect(grid?.values).toHaveLength(700);
    expect(grid?.merges).toEqual(header);
    expect((await host.readSheet('其他'))?.merges).toEqual(header);
  });

  it('says a response too large for Excel on the web is too large', async () => {
    const fake = new FakeExcel(MemoryHost.fromSheets({ 表: [['很长的一行'.repeat(100)]] }), {
      responseLimit: 100,
    });
    const err = await new OfficeHost(fake.run, () => false)
      .readSheet('表')
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(HostError);
    expect((err as HostError).code).toBe('HOST_REQUEST_TOO_LARGE');
  });

  it.each([
    ['timeline', taskGrid],
    ['budget', budgetGrid],
  ] as const)(
    'runs %s on 20,000 rows twice with no response over 4 MB',
    async (command, grid) => {
      const g = grid(20000);
      const fake = new FakeExcel(MemoryHost.fromSheets({ [g.sheet]: rawRows(g) }), {
        mergedAreasApi: true,
        fillTintApi: true,
      });
      const host = new OfficeHost(fake.run, () => true);
      for (let run = 0; run < 2; run++) {
        const { plan } = await prepareCommand(host, command, { anchors: ANCHOR_ARGS });
        if (!plan) throw new Error(`${command} did not plan`);
        await host.apply(plan);
      }
      expect(Math.max(...fake.responseBytes)).toBeLessThanOrEqual(REQUEST_BUDGET_BYTES);
      expect(Math.max(...fake.requestBytes)).toBeLessThanOrEqual(REQUEST_BUDGET_BYTES);
    },
    300_000,
  );
});
