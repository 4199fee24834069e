import { MONEY } from '../plan/formats';

/**
 * The KPI block: one row per figure, the label exactly as Chinese e-commerce teams write it, the
 * number to its right. Each formula is built from the data's column sums and the other figures,
 * named by label. Zero denominators give 0 through IFERROR, never an error value.
 */
export type KpiRef = (label: KpiLabel) => string;

export interface KpiSources {
  /** Column sums over the data, by role; absent when the sheet has no such column. */
  readonly sums: Partial<Record<'gmv' | 'visitors' | 'pageViews' | 'buyers' | 'refund', string>>;
  /** 总投入, 毛利率 and 销售额目标: cells or formulas the block refers to. */
  readonly spend: string;
  readonly margin: string;
  readonly target?: string;
}

export const KPI_LABELS = [
  '支付金额',
  '访客数',
  '浏览量',
  '支付买家数',
  '退款金额',
  '支付转化率',
  '客单价',
  '退款率',
  '总投入',
  '投入产出比',
  '毛利',
  '净利润',
  '净ROI',
  '保本ROI',
  '盈亏平衡销售额',
  '目标达成率',
] as const;
export type KpiLabel = (typeof KPI_LABELS)[number];

/**
 * Number formats: money with ¥ and cents (MONEY), rates as percentages, ratios (ROI, 投入产出比) as
 * plain numbers with two decimals. The team's own columns' formats would win, but a Grid carries
 * none.
 */
export const RATE = '0.00%';
export const RATIO = '0.00';
const COUNT = '#,##0';

/** How each figure is shown. */
export const KPI_FORMATS: Partial<Record<KpiLabel, string>> = {
  支付金额: MONEY,
  退款金额: MONEY,
  客单价: MONEY,
  总投入: MONEY,
  毛利: MONEY,
  净利润: MONEY,
  盈亏平衡销售额: MONEY,
  访客数: COUNT,
  浏览量: COUNT,
  支付买家数: COUNT,
  支付转化率: RATE,
  退款率: RATE,
  目标达成率: RATE,
  投入产出比: RATIO,
  净ROI: RATIO,
  保本ROI: RATIO,
};

/**
 * Each figure's 说明: its definition, in the block's own labels. `{column}` is the header of the
 * team's column summed; where a figure's source varies (总投入, 目标), the block adds it.
 */
export const KPI_NOTES: Record<KpiLabel, string> = {
  支付金额: '“{column}”列合计（不扣退款）',
  访客数: '“{column}”列合计（各天相加，跨天的同一访客会重复计）',
  浏览量: '“{column}”列合计',
  支付买家数: '“{column}”列合计',
  退款金额: '“{column}”列合计',
  支付转化率: '支付买家数 ÷ 访客数',
  客单价: '支付金额 ÷ 支付买家数',
  退款率: '退款金额 ÷ 支付金额',
  总投入: '推广和活动的全部花费',
  投入产出比:
    '支付金额 ÷ 总投入（成交金额 ÷ 花费，即平台的投产比/ROI）；也有团队反过来算 花费 ÷ 成交金额，那是这里的 1/ROI',
  毛利: '(支付金额 − 退款金额) × 毛利率',
  净利润: '毛利 − 总投入',
  净ROI: '净利润 ÷ 总投入',
  保本ROI: '1 ÷ 毛利率：ROI 低于它就亏钱',
  盈亏平衡销售额: '总投入 ÷ 毛利率：支付金额到这个数才不亏',
  目标达成率: '支付金额 ÷ 销售额目标',
};

/**
 * The formula of each figure (without "="), or null when the data cannot give it.
 * @example kpiFormulas(sources, ref).get('客单价') // 'IFERROR($M$5/$M$8,0)'
 */
export function kpiFormulas(s: KpiSources, ref: KpiRef): Map<KpiLabel, string> {
  const m = new Map<KpiLabel, string>();
  const put = (label: KpiLabel, f: string | null | undefined) => f && m.set(label, f);
  put('支付金额', s.sums.gmv);
  put('访客数', s.sums.visitors);
  put('浏览量', s.sums.pageViews);
  put('支付买家数', s.sums.buyers);
  put('退款金额', s.sums.refund ?? '0');
  if (s.sums.buyers && s.sums.visitors)
    put('支付转化率', `IFERROR(${ref('支付买家数')}/${ref('访客数')},0)`);
  if (s.sums.buyers) put('客单价', `IFERROR(${ref('支付金额')}/${ref('支付买家数')},0)`);
  put('退款率', `IFERROR(${ref('退款金额')}/${ref('支付金额')},0)`);
  put('总投入', s.spend);
  put('投入产出比', `IFERROR(${ref('支付金额')}/${ref('总投入')},0)`);
  put('毛利', `(${ref('支付金额')}-${ref('退款金额')})*${s.margin}`);
  put('净利润', `${ref('毛利')}-${ref('总投入')}`);
  put('净ROI', `IFERROR(${ref('净利润')}/${ref('总投入')},0)`);
  put('保本ROI', `IFERROR(1/${s.margin},0)`);
  put('盈亏平衡销售额', `IFERROR(${ref('总投入')}/${s.margin},0)`);
  if (s.target) put('目标达成率', `IFERROR(${ref('支付金额')}/${s.target},0)`);
  return m;
}
