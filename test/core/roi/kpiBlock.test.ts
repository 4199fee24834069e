import { parseCell } from '../../../src/core/a1';
import { generateRoi } from '../../../src/core/roi/generateRoi';
import { KPI_FORMATS, KPI_LABELS, KPI_NOTES, type KpiLabel } from '../../../src/core/roi/kpis';
import { MONEY } from '../../../src/core/plan/formats';
import { MemoryHost, type RawCell } from '../../../src/hosts/memory/MemoryHost';
import { salesRows } from '../../fixtures/sales';

/** A value the test cannot go on without. */
function must<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new Error(`no ${what}`);
  return value;
}

/** The sheet after 计算ROI: each figure's number, number format and 说明, read back from the host. */
async function block(rows: RawCell[][], margin = 0.4) {
  const host = MemoryHost.fromSheets({ 表: rows });
  const result = must(generateRoi(host.readGrid('表'), { margin }), 'result');
  await host.apply(result.plan);
  const read = (label: KpiLabel) => {
    const at = parseCell(must(result.figures[label], label));
    const cells = host.readCells('表', { ...at, rows: 1, cols: 2 });
    return {
      value: cells.values[0]?.[0],
      format: cells.numberFormats[0]?.[0],
      note: cells.values[0]?.[1],
    };
  };
  return { result, read };
}

describe('kpiBlock', () => {
  it.each([
    [
      'money',
      MONEY,
      ['支付金额', '退款金额', '客单价', '总投入', '毛利', '净利润', '盈亏平衡销售额'],
    ],
    ['rates', '0.00%', ['支付转化率', '退款率', '目标达成率']],
    ['ratios', '0.00', ['投入产出比', '净ROI', '保本ROI']],
    ['counts', '#,##0', ['访客数', '浏览量', '支付买家数']],
  ] as const)('shows %s as %s', async (_, format, labels) => {
    expect(labels.map((l) => KPI_FORMATS[l])).toEqual(labels.map(() => format));
    const { read } = await block(salesRows);
    expect(labels.map((l) => read(l).format)).toEqual(labels.map(() => format));
  });

  it('gives every figure a 说明 with its definition, the team’s column named', async () => {
    const { result, read } = await block(salesRows);
    const labels = KPI_LABELS.filter((l) => result.figures[l]);
    expect(labels).toEqual(KPI_LABELS);
    for (const l of labels) expect([l, read(l).note]).toEqual([l, expect.stringMatching(/\S/)]);
    expect(read('支付金额').note).toBe('“支付金额”列合计（不扣退款）');
    expect(read('客单价').note).toBe(KPI_NOTES.客单价);
    expect(read('毛利').note).toBe('(支付金额 − 退款金额) × 毛利率');
    // 总投入 and 目标达成率 say where their inputs come from too.
    expect(read('总投入').note).toMatch(/^推广和活动的全部花费；请在 \S+ 填写$/);
    expect(read('目标达成率').note).toBe('支付金额 ÷ 销售额目标；目标取自 D2');
  });

  it('says the direction of 投入产出比 and that the inverse is 1/ROI', async () => {
    const { read } = await block(salesRows);
    const { note } = read('投入产出比');
    if (typeof note !== 'string') throw new Error('no note');
    expect(note).toContain('成交金额 ÷ 花费');
    expect(note).toContain('花费 ÷ 成交金额');
    expect(note).toContain('1/ROI');
  });

  it('names the column as the team wrote it, and says when refunds count as 0', async () => {
    const { read } = await block([
      ['日期', '访客', '成交人数', '销售额'],
      ['2026-12-12', 1000, 30, 6000],
    ]);
    expect([read('支付金额').note, read('访客数').note, read('退款金额').note]).toEqual([
      '“销售额”列合计（不扣退款）',
      '“访客”列合计（各天相加，跨天的同一访客会重复计）',
      '没有退款金额列，按 0 计',
    ]);
    // By hand: 6000 ÷ 30 = 200, shown as money.
    expect(read('客单价')).toMatchObject({ value: 200, format: '"¥"#,##0.00' });
  });
});
