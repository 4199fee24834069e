import type { InputKind } from '../plan';
import type { InputName } from './layout';

/** One input of the 目标 sheet: its label, its kind, and what it drives (the cell's prompt). */
export interface InputDef {
  readonly name: InputName;
  readonly title: string;
  readonly kind: InputKind;
  readonly drives: string;
}

/** The inputs in their rows' order. */
export const INPUTS: readonly InputDef[] = [
  {
    name: 'target',
    title: '销售额目标',
    kind: 'amount',
    drives: '目标情景的销售额；保守、冲刺按倍数缩放，访客数、花费与爆发日计划随之变化。',
  },
  { name: 'aov', title: '客单价', kind: 'amount', drives: '访客数 = 销售额 ÷ (转化率 × 客单价)。' },
  {
    name: 'conversion',
    title: '转化率',
    kind: 'rate',
    drives: '支付转化率 = 支付买家数 ÷ 访客数；访客数 = 销售额 ÷ (转化率 × 客单价)。',
  },
  { name: 'margin', title: '毛利率', kind: 'rate', drives: '保本ROI = 1 ÷ 毛利率。' },
  {
    name: 'burstDay',
    title: '爆发日',
    kind: 'date',
    drives: '爆发期的第一天；预热、蓄水、返场的日期由它和各阶段天数推出。',
  },
];
