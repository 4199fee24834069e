import { MONEY } from '../plan/formats';
import {
  blank,
  block,
  mergeSheetPlans,
  planGrid,
  sheetPlan,
  text,
  type PlanCell,
  type SheetPlan,
} from '../plan';
import { TemplateUnreadableError } from '../errors';
import { TABLE_HEADER } from '../plan/palette';
import { generateBudget } from './generateBudget';
import type { BudgetOptions, BudgetResult } from './types';

/** The categories and typical items of a campaign budget, as the documents list them. */
export const STARTER_ITEMS: readonly {
  readonly category: string;
  readonly items: readonly (readonly [item: string, note?: string])[];
}[] = [
  {
    category: '流量采买',
    items: [
      ['直通车'],
      ['钻展/引力魔方'],
      ['淘客佣金'],
      ['短信/CRM'],
      ['站外推广（微博/抖音/KOL）'],
    ],
  },
  { category: '优惠补贴', items: [['优惠券'], ['满减'], ['赠品/礼品']] },
  { category: '物料制作', items: [['包装材料'], ['售后卡'], ['海报/DM单页']] },
  { category: '人员费用', items: [['临促/兼职', '单价填元/天，数量填人数，天数填天数'], ['加班']] },
  { category: '场地租赁', items: [['场地']] },
  { category: '技术开发', items: [['系统/页面开发']] },
  {
    category: '平台费用',
    items: [['坑位费'], ['保底佣金'], ['保证金', '冻结，活动后退回，不计入合计']],
  },
];

export const STARTER_SHEET = '预算';
const HEADER = ['类别', '项目', '单价', '数量', '天数', '实际花费', '负责部门', '备注'];

/**
 * A 预算 sheet pre-filled with the categories and typical items, amounts empty, ready to fill.
 * @example starterBudgetSheet().sheet // '预算'
 */
export function starterBudgetSheet(sheet = STARTER_SHEET): SheetPlan {
  const rows: PlanCell[][] = [
    [text('活动预算表'), ...HEADER.slice(1).map(() => blank)],
    HEADER.map(() => blank),
    HEADER.map(text),
  ];
  for (const { category, items } of STARTER_ITEMS) {
    items.forEach(([item, note], i) =>
      rows.push([
        i === 0 ? text(category) : blank,
        text(item),
        blank,
        blank,
        blank,
        blank,
        blank,
        note ? text(note) : blank,
      ]),
    );
  }
  return {
    ...sheetPlan(sheet, true),
    blocks: [block({ row: 0, col: 0 }, rows)],
    styles: [
      { range: { row: 0, col: 0, rows: 1, cols: 1 }, bold: true },
      { range: { row: 2, col: 0, rows: 1, cols: HEADER.length }, ...TABLE_HEADER },
    ],
    numberFormats: [{ range: { row: 3, col: 2, rows: rows.length - 3, cols: 1 }, format: MONEY }],
    columnWidths: [10, 24, 10, 8, 8, 12, 10, 30].map((width, col) => ({ col, width })),
    freeze: { rows: 3, cols: 0 },
  };
}

/**
 * A new 预算 sheet with its formulas, as one plan: one undo removes it.
 * @example budgetFromNothing({ reserveRate: 0.12 }).plan.sheets[0]?.sheet // '预算'
 */
export function budgetFromNothing(
  options: BudgetOptions = {},
  sheet = STARTER_SHEET,
): BudgetResult {
  const created = starterBudgetSheet(sheet);
  const result = generateBudget(planGrid(created), options);
  if (!result) throw new TemplateUnreadableError('starter budget', 'budget');
  const [formulas, ...others] = result.plan.sheets;
  if (!formulas) throw new TemplateUnreadableError('starter budget', 'budget');
  return {
    ...result,
    plan: { ...result.plan, sheets: [mergeSheetPlans(created, formulas), ...others] },
  };
}
