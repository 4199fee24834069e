import { assertAllowedFormula } from '../../../src/core/formula/allowList';
import { toSerial } from '../../../src/core/calendar/serial';
import { generateTargets, type TargetOptions } from '../../../src/core/targets/generateTargets';
import { MemoryHost, type RawCell } from '../../../src/hosts/memory/MemoryHost';

const SHEET = '目标';

// The assumptions, written out again here so the expectations do not read the code's table.
const T = 1200000;
const AOV = 180;
const CONV = 0.03;
const MARGIN = 0.35;
const CHANNELS = [
  { share: 0.3, roi: 5 },
  { share: 0.15, roi: 3 },
  { share: 0.2, roi: 4 },
  { share: 0.1, roi: 8 },
  { share: 0.25, roi: null },
];
const spendFor = (gmv: number) =>
  CHANNELS.reduce((s, c) => s + (c.roi === null ? 0 : (gmv * c.share) / c.roi), 0);

async function written(options: TargetOptions = {}, sheets: Record<string, RawCell[][]> = {}) {
  const host = MemoryHost.fromSheets(sheets);
  const result = generateTargets(options);
  await host.apply(result.plan);
  return { host, result };
}

/** The row (0-based) whose column A holds `label`, the nth such row. */
function rowOf(host: MemoryHost, label: string, nth = 0): number {
  const rows = host.readGrid(SHEET).values.flatMap((r, i) => (r[0] === label ? [i] : []));
  const row = rows[nth];
  if (row === undefined) throw new Error(`no row labelled ${label}`);
  return row;
}

/** The computed value beside a label (column 1 by default). */
function beside(host: MemoryHost, label: string, col = 1, nth = 0): unknown {
  const sheet = host.hf.getSheetId(SHEET)!;
  return host.hf.getCellValue({ sheet, row: rowOf(host, label, nth), col });
}

function type(host: MemoryHost, label: string, value: RawCell, col = 1): void {
  const sheet = host.hf.getSheetId(SHEET)!;
  host.hf.setCellContents({ sheet, row: rowOf(host, label), col }, [[value]]);
}

describe('generateTargets', () => {
  it('writes three scenarios side by side from the target and the multipliers', async () => {
    const { host } = await written();
    [0.8, 1, 1.2].forEach((m, i) => {
      const gmv = T * m;
      expect(beside(host, '销售额', 1 + i)).toBeCloseTo(gmv, 6);
      expect(beside(host, '访客数', 1 + i)).toBeCloseTo(gmv / (CONV * AOV), 6);
      expect(beside(host, '支付买家数', 1 + i)).toBeCloseTo(gmv / AOV, 6);
      expect(beside(host, '推广花费', 1 + i)).toBeCloseTo(spendFor(gmv), 6);
    });
  });

  it('splits the chosen scenario by phase, with dates counted from 爆发日', async () => {
    const { host } = await written();
    const burst = toSerial({ year: 2026, month: 11, day: 11 });
    const phases = [
      { name: '预热', share: 0.15, days: 12, start: burst - 10 - 12 },
      { name: '蓄水', share: 0.25, days: 10, start: burst - 10 },
      { name: '爆发', share: 0.5, days: 1, start: burst },
      { name: '返场', share: 0.1, days: 3, start: burst + 1 },
    ];
    for (const p of phases) {
      expect(beside(host, p.name, 3)).toBe(p.start);
      expect(beside(host, p.name, 4)).toBe(p.start + p.days - 1);
      expect(beside(host, p.name, 5)).toBeCloseTo(T * p.share, 6);
      expect(beside(host, p.name, 6)).toBeCloseTo((T * p.share) / (CONV * AOV), 6);
      expect(beside(host, p.name, 9)).toBeCloseTo((T * p.share) / (CONV * AOV) / p.days, 6);
    }
    expect(beside(host, '合计', 6)).toBeCloseTo(T / (CONV * AOV), 6);
  });

  it('gives each channel its spend as sales ÷ ROI, and none to unpaid traffic', async () => {
    const { host } = await written();
    const names = [
      '关键词推广（直通车）',
      '人群推广（引力魔方）',
      '全站推广（万相台）',
      '淘宝客',
      '自然流量',
    ];
    names.forEach((name, i) => {
      const c = CHANNELS[i]!;
      expect(beside(host, name, 4)).toBeCloseTo(c.roi === null ? 0 : (T * c.share) / c.roi, 6);
    });
    expect(beside(host, '合计', 4, 1)).toBeCloseTo(spendFor(T), 6);
  });

  it('follows the switch and a new 销售额目标 typed by hand', async () => {
    const { host } = await written();
    type(host, '选用情景', '冲刺');
    expect(beside(host, '选用销售额')).toBeCloseTo(T * 1.2, 6);
    type(host, '销售额目标', 2000000);
    expect(beside(host, '爆发', 6)).toBeCloseTo((2000000 * 1.2 * 0.5) / (CONV * AOV), 6);
    expect(beside(host, '合计', 4, 1)).toBeCloseTo(spendFor(2000000 * 1.2), 6);
  });

  it('answers the inverse questions as formulas', async () => {
    const { host } = await written();
    const visitors = T / (CONV * AOV);
    const spend = spendFor(T);
    expect(beside(host, '保本ROI')).toBeCloseTo(1 / MARGIN, 9);
    expect(beside(host, '保本转化率')).toBeCloseTo(spend / (MARGIN * visitors * AOV), 9);
    expect(beside(host, '保本最低客单价')).toBeCloseTo(spend / (MARGIN * visitors * CONV), 6);
    expect(beside(host, '保本最高花费')).toBeCloseTo(T * MARGIN, 6);
    expect(beside(host, '爆发日每小时访客数')).toBeCloseTo((T * 0.5) / (CONV * AOV) / 24, 6);
  });

  it('reproduces break-even exactly when the inverse answers are typed back', async () => {
    const { host } = await written();
    type(host, '验算转化率', beside(host, '保本转化率') as number);
    expect(beside(host, '毛利减花费')).toBeCloseTo(0, 6);
    expect(beside(host, '验算ROI')).toBeCloseTo(1 / MARGIN, 9);
    type(host, '验算转化率', CONV);
    type(host, '验算客单价', beside(host, '保本最低客单价') as number);
    expect(beside(host, '毛利减花费')).toBeCloseTo(0, 6);
    // Every channel at 保本ROI spends exactly the most the target allows.
    const breakEven = beside(host, '保本ROI') as number;
    [
      '关键词推广（直通车）',
      '人群推广（引力魔方）',
      '全站推广（万相台）',
      '淘宝客',
      '自然流量',
    ].forEach((name) => type(host, name, breakEven, 2));
    expect(beside(host, '合计', 4, 1)).toBeCloseTo(beside(host, '保本最高花费') as number, 6);
  });

  it('checks total spend against the budget’s 预算总额 and names an overrun', async () => {
    const budget = 150000;
    const { host, result } = await written(
      { budgetTotal: "'预算'!$B$2" },
      { 预算: [['预算'], ['预算总额', budget]] },
    );
    expect(beside(host, '预算总额')).toBe(budget);
    expect(beside(host, '预算检查')).toBe(`超出预算 ${Math.round(spendFor(T) - budget)} 元`);
    expect(result.plan.sheets[0]!.conditionalFormats.some((c) => c.formula.includes('$B$34'))).toBe(
      true,
    );
    const sheet = host.hf.getSheetId('预算')!;
    host.hf.setCellContents({ sheet, row: 1, col: 1 }, [[500000]]);
    expect(beside(host, '预算检查')).toBe('在预算内');
  });

  it('takes 客单价 and 转化率 from the last campaign’s sales', async () => {
    const sales = MemoryHost.fromSheets({
      店铺数据: [
        ['日期', '访客数', '支付买家数', '支付金额'],
        ['2026-11-10', 10000, 300, 60000],
        ['2026-11-11', 30000, 1200, 300000],
      ],
    }).readGrid('店铺数据');
    const { result } = await written({ sales });
    expect(result.values.inputs.aov.value).toBeCloseTo(360000 / 1500, 9);
    expect(result.values.inputs.conversion.value).toBeCloseTo(1500 / 40000, 9);
    expect(result.values.inputs.target.note).toContain('假设');
  });

  it('keeps the team’s inputs on a re-run and names a cell that cannot be right', async () => {
    const { host } = await written();
    type(host, '销售额目标', 900000);
    type(host, '客单价', '很多');
    const again = generateTargets({ existing: host.readGrid(SHEET) });
    expect(again.values.inputs.target.value).toBe(900000);
    expect(again.values.inputs.aov.value).toBe(AOV);
    const bad = again.issues.find((i) => i.code === 'TARGET_INPUT_INVALID');
    expect(bad?.cell).toEqual({ sheet: SHEET, address: `B${rowOf(host, '客单价') + 1}` });
  });

  it('warns when the phase shares do not add up to 100 %', async () => {
    const { host } = await written();
    type(host, '预热', 0.3);
    const again = generateTargets({ existing: host.readGrid(SHEET) });
    const warn = again.issues.find((i) => i.code === 'TARGET_SHARES_NOT_WHOLE');
    expect(warn?.params).toEqual({ what: '阶段', total: '115%' });
  });

  it('writes only functions on the allow-list and does not mutate its options', () => {
    const options = { target: 500000 };
    const { plan } = generateTargets(options);
    for (const b of plan.sheets[0]!.blocks)
      for (const row of b.cells)
        for (const c of row)
          if (c.kind === 'formula') expect(() => assertAllowedFormula(c.formula)).not.toThrow();
    expect(options).toEqual({ target: 500000 });
  });

  it('lists the campaign day by day with each day’s phase and daily figures, adding up to the target', async () => {
    const { host } = await written();
    const g = host.readGrid(SHEET);
    const head = g.values.findIndex((r) => r[11] === '日期');
    const days = g.values.slice(head + 1, head + 61).filter((r) => typeof r[11] === 'number');
    // 12 + 10 + 1 + 3 days, from 2026-10-20 (22 days before 2026-11-11).
    expect(days).toHaveLength(26);
    const burst = toSerial({ year: 2026, month: 11, day: 11 });
    expect(days[0]![11]).toBe(burst - 22);
    expect(days.map((r) => r[12])).toEqual([
      ...Array<string>(12).fill('预热'),
      ...Array<string>(10).fill('蓄水'),
      '爆发',
      '返场',
      '返场',
      '返场',
    ]);
    const total = days.reduce((s, r) => s + (r[13] as number), 0);
    expect(total).toBeCloseTo(T, 6);
    expect(days[22]![13]).toBeCloseTo(T * 0.5, 6);
    expect(days[22]![15]).toBeCloseTo((T * 0.5) / AOV, 6);
    expect(g.values[head + 27]![11]).toBe('');
  });
});
