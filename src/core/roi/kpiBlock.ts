import { lastRowWithContent, valueAt, type Grid } from '../grid';
import { numberIn } from '../numbers/parseNumberText';
import { blank, block, formula, num, text, type Block, type PlanCell } from '../plan';
import { KPI_LABELS, KPI_NOTES, kpiFormulas, type KpiLabel } from './kpis';
import { salesSum } from './salesSum';
import type { KpiLayout, MarginSource, SalesTable, SpendChoice, TargetSource } from './types';

/** Where 毛利率, 总投入 and 销售额目标 come from. */
export interface KpiInputs {
  readonly margin: MarginSource;
  readonly spend: SpendChoice;
  readonly target: TargetSource;
}

/** The column sums the figures start from. */
const SUMMED = ['gmv', 'visitors', 'pageViews', 'buyers', 'refund'] as const;

/**
 * The KPI block: a title row, each figure's label, formula and note (— where the data cannot
 * give it), then the 毛利率 row and, when nothing else gives 总投入 (no budget, channel table or
 * label), the 总投入（手填） input row; blank rows clear what a longer earlier run left.
 * @example kpiBlock(grid, table, layout, inputs).formulas.get('客单价') // 'IFERROR($K$5/$K$7,0)'
 */
export function kpiBlock(
  grid: Grid,
  sales: SalesTable,
  layout: KpiLayout,
  { margin, spend, target }: KpiInputs,
): { block: Block; formulas: ReadonlyMap<KpiLabel, string> } {
  const sums = Object.fromEntries(
    SUMMED.flatMap((role) => {
      const sum = salesSum(sales, role);
      return sum ? [[role, sum]] : [];
    }),
  );
  const formulas = kpiFormulas(
    { sums, spend: spend.ref, margin: margin.ref, ...(target.ref && { target: target.ref }) },
    layout.ref,
  );
  const notes = figureNotes(sales, { spend, target });
  const rows: PlanCell[][] = [[text('活动指标'), blank, text('说明')]];
  for (const l of KPI_LABELS) {
    const f = formulas.get(l);
    rows.push([text(l), f ? formula(`=${f}`) : text('—'), f ? text(notes[l]) : blank]);
  }
  rows.push([blank, blank, blank]);
  // Input cells the team fills: kept as they are on the next run.
  rows.push([text('毛利率'), margin.cell, text(margin.note)]);
  // An input nothing reads is not written: a budget, channel table or label gives 总投入 then.
  if (spend.origin === 'input')
    rows.push([
      text('总投入（手填）'),
      num(numberIn(valueAt(grid, layout.spendInput)) ?? 0),
      text('没有预算表、渠道表和总投入标签时使用'),
    ]);
  const previousEnd = lastRowWithContent(grid, layout.top, layout.col, 3);
  while (layout.top + rows.length <= previousEnd) rows.push([blank, blank, blank]);
  return { block: block({ row: layout.top, col: layout.col }, rows), formulas };
}

/** The figures each summed column gives. */
const SUMMED_BY: Partial<Record<KpiLabel, (typeof SUMMED)[number]>> = {
  支付金额: 'gmv',
  访客数: 'visitors',
  浏览量: 'pageViews',
  支付买家数: 'buyers',
  退款金额: 'refund',
};

/**
 * Each figure's 说明: its definition (KPI_NOTES) with the team's column named, and where 总投入
 * and the target come from.
 * @example figureNotes(table, inputs).客单价 // '支付金额 ÷ 支付买家数'
 */
export function figureNotes(
  sales: SalesTable,
  { spend, target }: Pick<KpiInputs, 'spend' | 'target'>,
): Record<KpiLabel, string> {
  const notes = { ...KPI_NOTES };
  for (const l of KPI_LABELS) {
    const role = SUMMED_BY[l];
    const col = role && sales.mapping[role];
    if (role && col === undefined) notes[l] = `没有${l}列，按 0 计`;
    else if (col !== undefined)
      notes[l] = notes[l].replace('{column}', sales.header.headers[col] ?? l);
  }
  notes.总投入 = `${notes.总投入}；${spend.note}`;
  notes.目标达成率 = `${notes.目标达成率}；${target.note}`;
  return notes;
}
