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
  { role: 'plan', words: ['计划', '目标', '计划销售额', '目标销售额'] },
] as const satisfies RoleTable<string>;

export type SalesRole = (typeof SALES_ROLES)[number]['role'];

/** Columns the add-in adds beside the data. */
export const SALES_OWNED = { conversion: '转化率', aov: '客单价', deviation: '偏差' } as const;

/** Parameters written as a label with its value to the right, near the table. */
export const PARAMETERS = { margin: ['毛利率'], target: ['销售额目标', '目标销售额', '目标'], spend: ['总投入', '总花费', '推广花费'] } as const;
