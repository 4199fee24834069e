import { cellAddress } from '../a1';
import { lastRowWithContent, type Grid } from '../grid';
import { blank, block, formula, num, text, type Block, type PlanCell } from '../plan';
import { costSum } from './_lib/costSum';
import { NATURE } from './columns';
import { RATE_LABEL } from './reserveRate';
import type { SummaryLayout } from './types';

export const SUMMARY_TITLE = '预算汇总';

/**
 * The summary block: per category its budget, share, actual and 执行率, then 合计, the reserve
 * rate (an input cell), 风险备用金, 预算总额, 实际合计 and the deposits kept out of 合计, each
 * label with its number to the right; blank rows clear what a longer earlier run left.
 * @example summaryBlock(grid, layout, 0.1).cells[layout.totalRow][0] // 合计
 */
export function summaryBlock(grid: Grid, s: SummaryLayout, rate: number): Block {
  const rows: PlanCell[][] = [
    [text(SUMMARY_TITLE), blank, blank, blank, blank],
    [text('类别'), text('预算'), text('占比'), text('实际'), text('执行率')],
    ...categoryRows(s),
    ...totalRows(s, rate),
  ];
  const previous = lastRowWithContent(grid, s.top, s.col, 5);
  while (s.top + rows.length <= previous) rows.push([blank, blank, blank, blank, blank]);
  return block({ row: s.top, col: s.col }, rows);
}

/** A number cell of the summary, `i` rows below its top, as an absolute reference. */
const valueRef = (s: SummaryLayout, i: number, c = 1) =>
  cellAddress({ row: s.top + i, col: s.col + c }, true);

function categoryRows(s: SummaryLayout): PlanCell[][] {
  const V = (i: number, c = 1) => valueRef(s, i, c);
  const sum = (range: string, criteria: string) =>
    formula(`=${costSum(s.natures, range, criteria)}`);
  return s.categories.map((c, i) => {
    const r = 2 + i;
    const label = cellAddress({ row: s.top + r, col: s.col });
    const byCat = s.categoriesRange ? `,${s.categoriesRange},${label}` : '';
    return [
      text(c),
      sum(s.amounts, byCat),
      formula(`=IFERROR(${V(r)}/${V(s.totalRow)},0)`),
      s.actuals ? sum(s.actuals, byCat) : blank,
      s.actuals ? formula(`=IFERROR(${V(r, 3)}/${V(r)},"")`) : blank,
    ];
  });
}

function totalRows(s: SummaryLayout, rate: number): PlanCell[][] {
  const t = s.totalRow;
  const V = (i: number, c = 1) => valueRef(s, i, c);
  const actual = s.actuals ? formula(`=${costSum(s.natures, s.actuals)}`) : null;
  const labelled = (label: string, value: PlanCell) => [text(label), value, blank, blank, blank];
  return [
    [
      text('合计'),
      formula(`=${costSum(s.natures, s.amounts)}`),
      formula(`=IF(${V(t)}=0,0,1)`),
      actual ?? blank,
      s.actuals ? formula(`=IFERROR(${V(t, 3)}/${V(t)},"")`) : blank,
    ],
    labelled(RATE_LABEL, num(rate)),
    labelled('风险备用金', formula(`=${V(t)}*${V(t + 1)}`)),
    labelled('预算总额', formula(`=${V(t)}+${V(t + 2)}`)),
    labelled('实际合计', actual ?? num(0)),
    [
      text('保证金（可退）'),
      formula(`=SUMIFS(${s.amounts},${s.natures},"${NATURE.deposit}")`),
      text('活动后退回，不计入合计'),
      blank,
      blank,
    ],
  ];
}
