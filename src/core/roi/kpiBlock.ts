import { lastRowWithContent, valueAt, type Grid } from '../grid';
import { numberIn } from '../numbers/parseNumberText';
import { blank, block, formula, num, text, type Block, type PlanCell } from '../plan';
import { KPI_LABELS, kpiFormulas, type KpiLabel } from './kpis';
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
 * give it), then the 毛利率 and 总投入 input rows; blank rows clear what a longer earlier run left.
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
  const notes: Partial<Record<KpiLabel, string>> = {
    总投入: spend.note,
    保本ROI: '1 ÷ 毛利率：ROI 低于它就亏钱',
    目标达成率: target.note,
  };
  const rows: PlanCell[][] = [[text('活动指标'), blank, text('说明')]];
  for (const l of KPI_LABELS) {
    const f = formulas.get(l);
    const note = notes[l];
    rows.push([text(l), f ? formula(`=${f}`) : text('—'), note && f ? text(note) : blank]);
  }
  rows.push([blank, blank, blank]);
  // Input cells the team fills: kept as they are on the next run.
  rows.push([text('毛利率'), margin.cell, text(margin.note)]);
  rows.push([
    text('总投入（手填）'),
    num(numberIn(valueAt(grid, layout.spendInput)) ?? 0),
    text('没有预算表和渠道表时使用'),
  ]);
  const previousEnd = lastRowWithContent(grid, layout.top, layout.col, 3);
  while (layout.top + rows.length <= previousEnd) rows.push([blank, blank, blank]);
  return { block: block({ row: layout.top, col: layout.col }, rows), formulas };
}
