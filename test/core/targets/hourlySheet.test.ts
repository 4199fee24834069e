import { prepareRoi } from '../../../src/app/roi';
import { prepareTargets } from '../../../src/app/targets';
import { MemoryHost } from '../../../src/hosts/memory/MemoryHost';

const HOURLY = '爆发日';
// 爆发 takes 50 % of the target in one day (the sheet's starting split).
const BURST_DAY_GMV = 1200000 * 0.5;

async function planned(host: MemoryHost) {
  const prepared = await prepareTargets(host, {});
  await host.apply(prepared.result!.plan);
  const g = host.readGrid(HOURLY);
  const header = g.values.findIndex((r) => r[0] === '时段');
  const hours = g.values.slice(header + 1, header + 25);
  return { g, header, hours };
}

describe('the 爆发日 hourly plan', () => {
  it('spreads 爆发日’s sales over 24 hours by the shares, cumulative to the day’s total', async () => {
    const { hours } = await planned(MemoryHost.fromSheets({}));
    const shares = hours.map((r) => r[1] as number);
    expect(shares.reduce((s, v) => s + v, 0)).toBeCloseTo(1, 12);
    hours.forEach((r, i) => expect(r[2]).toBeCloseTo(BURST_DAY_GMV * shares[i]!, 6));
    expect(hours[23]![4]).toBeCloseTo(BURST_DAY_GMV, 6);
    expect(hours[0]![3]).toBeCloseTo((BURST_DAY_GMV / (0.03 * 180)) * shares[0]!, 6);
  });

  it('lets 计算ROI compare pasted actuals with 计划 and flag a deviation beyond ±20 %', async () => {
    const host = MemoryHost.fromSheets({});
    const { header, hours } = await planned(host);
    const sheet = host.hf.getSheetId(HOURLY)!;
    // Hour 0 on plan, hour 1 at 70 % of plan (−30 %), hour 2 at 115 % (within ±20 %).
    const plan = hours.map((r) => r[2] as number);
    const actual = [plan[0]!, plan[1]! * 0.7, plan[2]! * 1.15];
    actual.forEach((gmv, i) =>
      host.hf.setCellContents({ sheet, row: header + 1 + i, col: 5 }, [
        [Math.round(gmv / 6), Math.round(gmv / 180), gmv],
      ]),
    );
    const roi = await prepareRoi(host, { sheet: HOURLY });
    expect(roi.result).not.toBeNull();
    await host.apply(roi.result!.plan);
    const dev = roi.issues.find((i) => i.code === 'DEVIATION_BEYOND');
    expect(dev?.params.count).toBe(1);
    expect(dev?.cell?.address).toMatch(new RegExp(`${header + 3}$`));
  });

  it('charts each hour’s 支付金额 against its 计划, and 计算ROI replaces that chart', async () => {
    const host = MemoryHost.fromSheets({});
    const { g, header } = await planned(host);
    const col = (name: string) => g.values[header]!.indexOf(name);
    const hoursOf = (c: number) => ({ row: header + 1, col: c, rows: 24, cols: 1 });
    const [chart, ...others] = host.extrasOf(HOURLY).charts;
    expect(others).toEqual([]);
    expect(chart?.categories).toEqual(hoursOf(col('时段')));
    expect(chart?.series).toEqual([
      { name: '支付金额', values: hoursOf(col('支付金额')) },
      { name: '计划', values: hoursOf(col('计划')) },
    ]);
    const roi = await prepareRoi(host, { sheet: HOURLY });
    await host.apply(roi.result!.plan);
    const after = host.extrasOf(HOURLY).charts;
    expect(after).toHaveLength(1);
    expect(after[0]?.series.map((s) => s.values.col)).toEqual([col('支付金额'), col('计划')]);
  });

  it('keeps the team’s own hourly curve on a re-run', async () => {
    const host = MemoryHost.fromSheets({});
    const { header } = await planned(host);
    const sheet = host.hf.getSheetId(HOURLY)!;
    host.hf.setCellContents({ sheet, row: header + 1, col: 1 }, [[0.2]]);
    const { hours } = await planned(host);
    expect(hours[0]![1]).toBe(0.2);
    expect(hours[0]![2]).toBeCloseTo(BURST_DAY_GMV * 0.2, 6);
  });

  it('takes the curve from the workbook’s own hourly sales when it has them', async () => {
    // Last 双11 by the hour: hour h sold (h + 1) × 1000, so its share is (h + 1) / 300.
    const rows = Array.from({ length: 24 }, (_, h) => [
      `${String(h).padStart(2, '0')}:00`,
      1000,
      10,
      (h + 1) * 1000,
    ]);
    const host = MemoryHost.fromSheets({
      分时数据: [['时段', '访客数', '支付买家数', '支付金额'], ...rows],
    });
    const { g, hours } = await planned(host);
    hours.forEach((r, h) => expect(r[1]).toBeCloseTo((h + 1) / 300, 12));
    expect(g.values[1]![0]).toContain('分时数据');
  });
});
