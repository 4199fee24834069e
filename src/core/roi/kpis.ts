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

/** How each figure is shown. */
export const KPI_FORMATS: Partial<Record<KpiLabel, string>> = {
  支付金额: '#,##0.00',
  退款金额: '#,##0.00',
  客单价: '#,##0.00',
  总投入: '#,##0.00',
  毛利: '#,##0.00',
  净利润: '#,##0.00',
  盈亏平衡销售额: '#,##0.00',
  访客数: '#,##0',
  浏览量: '#,##0',
  支付买家数: '#,##0',
  支付转化率: '0.00%',
  退款率: '0.00%',
  目标达成率: '0.0%',
  投入产出比: '0.00',
  净ROI: '0.00',
  保本ROI: '0.00',
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
