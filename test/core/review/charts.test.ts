import { reviewCharts, REVIEW_CHARTS } from '../../../src/core/review/charts';
import type { SalesSource, TargetSource } from '../../../src/core/review/types';

const sales: SalesSource = {
  sheet: '店铺数据',
  figures: { 支付金额: '$K$5' },
  dateCol: 0,
  gmvCol: 5,
  planCol: null,
  days: [4, 5, 6],
  channels: { sheet: '推广渠道', name: 0, spend: 1, gmv: 4, rows: [3, 4] },
};
const target: TargetSource = {
  sheet: '目标',
  gmv: "'目标'!$B$18",
  conversion: "'目标'!$B$6",
  aov: "'目标'!$B$5",
  dailyDates: "'目标'!$L$4:$L$63",
  dailyGmv: "'目标'!$N$4:$N$63",
};

describe('reviewCharts', () => {
  it('plots 支付金额 by day against the 目标 sheet’s plan, and the channels’ ROI', () => {
    const { specs } = reviewCharts({ sales, target, missing: [] });
    expect(specs.map((c) => [c.name, c.kind, c.series.map((s) => s.name)])).toEqual([
      [REVIEW_CHARTS.gmv, 'line', ['支付金额', '计划']],
      [REVIEW_CHARTS.roi, 'column', ['ROI']],
    ]);
    expect(specs[0]?.categories.rows).toBe(sales.days.length);
    expect(specs[1]?.categories.rows).toBe(2);
  });

  it('plots 支付金额 alone when there is no plan, and no ROI chart without channels', () => {
    const { specs } = reviewCharts({ sales: { ...sales, channels: null }, missing: [] });
    expect(specs.map((c) => c.series.map((s) => s.name))).toEqual([['支付金额']]);
  });

  it('takes a day’s plan from the sales sheet’s 计划 column before the 目标 sheet', () => {
    const { section } = reviewCharts({ sales: { ...sales, planCol: 7 }, target, missing: [] });
    const plan = section.blocks[1]?.cells[0]?.[2];
    expect(plan).toEqual({ kind: 'formula', formula: "='店铺数据'!$H$5" });
  });

  it('draws nothing without sales', () => {
    expect(reviewCharts({ missing: [] }).specs).toEqual([]);
  });
});
