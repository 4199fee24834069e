import { cellAddress, parseCell } from '../../../src/core/a1';
import { errorCells } from '../../../src/core/grid';
import {
  KPI_FORMATS,
  KPI_LABELS,
  kpiFormulas,
  type KpiLabel,
  type KpiSources,
} from '../../../src/core/roi/kpis';
import { MemoryHost, type RawCell } from '../../../src/hosts/memory/MemoryHost';

/** Inputs typed in column A, one a row; each figure's formula in column C, one row a label. */
const INPUT_ROWS = [
  'gmv',
  'visitors',
  'pageViews',
  'buyers',
  'refund',
  'spend',
  'margin',
  'target',
];
const input = (name: string) => cellAddress({ row: INPUT_ROWS.indexOf(name), col: 0 }, true);
const ref = (label: KpiLabel) => cellAddress({ row: KPI_LABELS.indexOf(label), col: 2 }, true);

/** Evaluates the figures on HyperFormula: inputs typed in, each formula where `ref` says it is. */
function evaluate(values: Record<string, number>, sources: KpiSources) {
  const formulas = kpiFormulas(sources, ref);
  const rows: RawCell[][] = KPI_LABELS.map((label, i) => [
    values[INPUT_ROWS[i] ?? ''] ?? null,
    label,
    formulas.has(label) ? `=${formulas.get(label)}` : null,
  ]);
  const host = MemoryHost.fromSheets({ k: rows });
  const sheet = host.hf.getSheetId('k') ?? -1;
  const got: Partial<Record<KpiLabel, unknown>> = {};
  for (const label of formulas.keys()) {
    const at = parseCell(ref(label));
    got[label] = host.hf.getCellValue({ sheet, ...at });
  }
  return { formulas, got, errors: errorCells(host.readGrid('k')) };
}

const ALL: KpiSources = {
  sums: {
    gmv: input('gmv'),
    visitors: input('visitors'),
    pageViews: input('pageViews'),
    buyers: input('buyers'),
    refund: input('refund'),
  },
  spend: input('spend'),
  margin: input('margin'),
  target: input('target'),
};

const CAMPAIGN = {
  gmv: 100000,
  visitors: 5000,
  pageViews: 15000,
  buyers: 250,
  refund: 4000,
  spend: 20000,
  margin: 0.4,
  target: 125000,
};

describe('kpiFormulas', () => {
  it('computes every figure as DOMAIN.md defines it', () => {
    const { got, errors } = evaluate(CAMPAIGN, ALL);
    // By hand: 毛利 = (100000 − 4000) × 0.4 = 38400; 净利润 = 38400 − 20000 = 18400.
    const want: Record<KpiLabel, number> = {
      支付金额: 100000,
      访客数: 5000,
      浏览量: 15000,
      支付买家数: 250,
      退款金额: 4000,
      支付转化率: 0.05,
      客单价: 400,
      退款率: 0.04,
      总投入: 20000,
      投入产出比: 5,
      毛利: 38400,
      净利润: 18400,
      净ROI: 0.92,
      保本ROI: 2.5,
      盈亏平衡销售额: 50000,
      目标达成率: 0.8,
    };
    for (const label of KPI_LABELS)
      expect([label, got[label]]).toEqual([label, expect.closeTo(want[label], 9)]);
    expect(errors).toEqual([]);
  });

  it('shows 0, never an error value, where a denominator is 0', () => {
    const { got, errors } = evaluate(
      { ...CAMPAIGN, gmv: 0, visitors: 0, buyers: 0, spend: 0, margin: 0 },
      ALL,
    );
    for (const label of [
      '支付转化率',
      '客单价',
      '退款率',
      '投入产出比',
      '净ROI',
      '保本ROI',
      '盈亏平衡销售额',
      '目标达成率',
    ] as const)
      expect([label, got[label]]).toEqual([label, 0]);
    expect(errors).toEqual([]);
  });

  it.each([
    ['buyers', ['支付买家数', '支付转化率', '客单价']],
    ['visitors', ['访客数', '支付转化率']],
    ['pageViews', ['浏览量']],
  ] as const)('leaves out what the data cannot give without %s', (drop, missing) => {
    const sums = Object.fromEntries(Object.entries(ALL.sums).filter(([role]) => role !== drop));
    const formulas = kpiFormulas({ ...ALL, sums }, ref);
    expect(KPI_LABELS.filter((l) => !formulas.has(l))).toEqual(missing);
  });

  it('counts no refunds as 0 when there is no 退款金额 column', () => {
    const sums = Object.fromEntries(Object.entries(ALL.sums).filter(([role]) => role !== 'refund'));
    const { got } = evaluate(CAMPAIGN, { ...ALL, sums });
    expect(got.退款金额).toBe(0);
    expect(got.毛利).toBeCloseTo(100000 * 0.4, 9);
  });

  it('gives no 目标达成率 without a target', () => {
    const { sums, spend, margin } = ALL;
    expect(kpiFormulas({ sums, spend, margin }, ref).has('目标达成率')).toBe(false);
  });

  it('refers to the other figures through the given references', () => {
    expect(kpiFormulas(ALL, ref).get('净ROI')).toBe(`IFERROR(${ref('净利润')}/${ref('总投入')},0)`);
  });

  it('has a number format for every figure', () => {
    expect(KPI_LABELS.filter((l) => !KPI_FORMATS[l])).toEqual([]);
  });
});
