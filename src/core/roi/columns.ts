import type { RoleTable } from '../grid/header';

/** The roles of a daily or hourly sales table (生意参谋 / 京东商智 exports), most specific words first. */
export const SALES_ROLES = [
  { role: 'date', words: ['统计日期', '日期', '时段', '时间', '小时'] },
  { role: 'visitors', words: ['访客数', 'UV', '访客'] },
  { role: 'pageViews', words: ['浏览量', 'PV'] },
  { role: 'buyers', words: ['支付买家数', '买家数', '成交人数'] },
  { role: 'orders', words: ['支付子订单数', '订单数', '支付订单数'] },
  { role: 'gmv', words: ['支付金额', '销售额', '成交金额', 'GMV'] },
  { role: 'refund', words: ['退款金额', '成功退款金额'] },
  { role: 'plan', words: ['计划', '目标', '计划销售额', '目标销售额', '计划支付金额'] },
] as const satisfies RoleTable<string>;

export type SalesRole = (typeof SALES_ROLES)[number]['role'];

/** The sales columns that hold numbers (text pasted there is converted). */
export const SALES_NUMBERS: readonly SalesRole[] = [
  'visitors',
  'pageViews',
  'buyers',
  'orders',
  'gmv',
  'refund',
  'plan',
];

/** Columns the add-in adds beside the sales data. */
export const SALES_OWNED = { conversion: '转化率', aov: '客单价', deviation: '偏差' } as const;

/**
 * The roles of a channel table, one row per channel: the older tools' names (直通车, 引力魔方, 钻展,
 * 超级推荐, 京东快车 …) and 万相台无界's scenes (关键词推广, 人群推广, 全站推广, 货品加速 …), whose
 * exports name the channel column 场景 and put 总成交金额, 投产比, 加购 and 成交笔数 beside 花费.
 * `roi` is the export's own ROI column: read to compare, never written.
 */
export const CHANNEL_ROLES = [
  {
    role: 'channel',
    words: [
      '渠道',
      '推广渠道',
      '渠道名称',
      '流量来源',
      '推广工具',
      '场景名称',
      '场景名字',
      '场景',
      '推广场景',
      '营销场景',
      '推广类型',
    ],
  },
  { role: 'spend', words: ['花费', '消耗', '推广花费', '投入', '总花费'] },
  { role: 'gmv', words: ['成交金额', '支付金额', '总成交金额', '销售额', 'GMV'] },
  { role: 'clicks', words: ['点击', '点击量', '点击数'] },
  { role: 'impressions', words: ['展现', '展现量', '曝光', '曝光量'] },
  { role: 'carts', words: ['加购', '加购量', '加购数', '总购物车数', '购物车数', '加购件数'] },
  { role: 'orders', words: ['成交笔数', '总成交笔数', '成交订单数', '订单数'] },
  { role: 'roi', words: ['投产比', '投入产出比', 'ROI', '总投产比', '总投入产出比', 'ROAS'] },
] as const satisfies RoleTable<string>;

export type ChannelRole = (typeof CHANNEL_ROLES)[number]['role'];

/** The channel columns that hold numbers; text pasted there is converted. Not the export's ROI. */
export const CHANNEL_NUMBERS: readonly ChannelRole[] = [
  'spend',
  'gmv',
  'clicks',
  'impressions',
  'carts',
  'orders',
];

/**
 * Columns the add-in adds beside the channel table. `渠道ROI`, not `ROI`: exports often carry
 * their own ROI column, which stays the team's.
 */
export const CHANNEL_OWNED = { roi: '渠道ROI', share: '花费占比' } as const;

/**
 * The channel table's 说明, under its 保本ROI label: what 渠道ROI and 花费占比 are, in which
 * direction, and (`{header}`, when the export has its own ROI column) that that column is theirs.
 */
export const CHANNEL_NOTES = {
  always: [
    '说明：渠道ROI = 成交金额 ÷ 花费',
    '也有团队反过来算 花费 ÷ 成交金额，',
    '那是这里的 1/渠道ROI',
    '花费占比 = 花费 ÷ 各渠道花费合计',
  ],
  exportRoi: '“{header}”列是导出的原值，未改动',
} as const;

/** Parameters written as a label with its value to the right, near the table. */
export const PARAMETERS = {
  margin: ['毛利率'],
  target: ['销售额目标', '目标销售额', '目标'],
  spend: ['总投入', '总花费', '推广花费'],
} as const;

/** The launch-day rule of the documents: report a deviation from plan beyond ±20%. */
export const DEVIATION_LIMIT = 0.2;

/** A chart's size in cells (the GMV chart beside the KPI block, the ROI chart beside the channels). */
export const CHART_COLS = 7;
export const CHART_ROWS = 15;
