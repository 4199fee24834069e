import type { RoleTable } from '../grid/header';

/** The roles of a budget table's columns, with the header words teams use, most specific first. */
export const BUDGET_ROLES = [
  { role: 'category', words: ['类别', '分类', '费用类别', '预算类别', '费用类型', '大类'] },
  { role: 'item', words: ['项目', '明细', '费用项目', '预算项目', '费用明细', '内容', '名称'] },
  { role: 'price', words: ['单价', '单价(元)', '元/天', '单位价格', '价格'] },
  { role: 'quantity', words: ['数量', '人数', '数目', '件数'] },
  { role: 'days', words: ['天数', '周期', '时长', '期数'] },
  { role: 'amount', words: ['小计', '金额', '预算金额', '预算', '费用', '合计金额'] },
  { role: 'actual', words: ['实际', '实际花费', '实际金额', '实际支出', '实际费用'] },
  { role: 'department', words: ['负责部门', '部门', '负责人'] },
  { role: 'notes', words: ['备注', '说明'] },
] as const satisfies RoleTable<string>;

export type BudgetRole = (typeof BUDGET_ROLES)[number]['role'];

/** Columns the add-in adds beside the team's budget, by the header it gives them. */
export const BUDGET_OWNED = {
  subtotal: '预算小计',
  category: '汇总类别',
  nature: '费用性质',
  variance: '差异',
  rate: '执行率',
} as const;

/**
 * What a row is: a cost counts in 合计; a deposit is refunded and does not; the team's own total
 * rows and the note that ends the table are not lines. A row appended later has no 费用性质 yet
 * and counts as a cost.
 */
export const NATURE = { cost: '费用', deposit: '押金(可退)', excluded: '不计入' } as const;

/** Lines that are deposits, not costs: frozen and refunded after the campaign. */
export const DEPOSIT = /保证金|押金|冻结/;
