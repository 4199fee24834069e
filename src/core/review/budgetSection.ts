import { issue, type Issue } from '../issues';
import { blank, block, formula, text, type PlanCell } from '../plan';
import { PERCENT } from '../plan/formats';
import { ALERT, NOTE_FONT, OWN_HEADER } from '../plan/palette';
import { section, type Section } from '../targets/_lib/section';
import { box, cellOn, textOf } from './_lib/refs';
import { ranking } from './_lib/ranking';
import {
  abs,
  rel,
  BUDGET,
  HELPER_ROWS,
  helperRange,
  HELPERS,
  PANELS,
  REVIEW_SHEET,
  ROWS,
  YUAN,
} from './layout';
import type { BudgetSource } from './types';

const COL = PANELS.budget;
const HEADINGS = ['类别', '预算', '实际', '执行率', '差额'];
const OVER = ['项目', '类别', '预算', '实际', '超支'];

/** A row of the budget's summary block, as references to it: label, 预算, 实际. */
function summaryRow(b: BudgetSource, i: number, row: number, label?: string): PlanCell[] {
  const at = (c: number) => cellOn(b.sheet, b.top + i, b.col + c);
  const [bud, act] = [abs(row, COL + 1), abs(row, COL + 2)];
  return [
    label === undefined ? formula(`=${textOf(at(0))}`) : text(label),
    formula(`=${at(1)}`),
    b.hasActuals ? formula(`=${at(3)}`) : blank,
    b.hasActuals ? formula(`=IFERROR(${act}/${bud},"")`) : blank,
    b.hasActuals ? formula(`=${act}-${bud}`) : blank,
  ];
}

/** 风险备用金, what of it the spending beyond 合计 used (实际合计 − 合计, not below 0), the rest. */
function reserveRow(b: BudgetSource): PlanCell[] {
  const at = (i: number) => cellOn(b.sheet, b.top + b.totalRow + i, b.col + 1);
  const [reserve, used] = [abs(BUDGET.reserve, COL + 1), abs(BUDGET.reserve, COL + 2)];
  return [
    text('备用金·已用'),
    formula(`=${at(2)}`),
    b.hasActuals ? formula(`=MAX(0,${at(4)}-${at(0)})`) : blank,
    b.hasActuals ? formula(`=IFERROR(${used}/${reserve},"")`) : blank,
    b.hasActuals ? formula(`=${reserve}-${used}`) : blank,
  ];
}

/** The lines over budget, most over first, from the budget's 小计 and 实际 columns. */
function overLines(b: BudgetSource) {
  const lines = b.actualCol === null ? [] : b.lines.slice(0, HELPER_ROWS);
  const on = (col: number | null, row: number) => (col === null ? '""' : cellOn(b.sheet, row, col));
  const amt = (row: number) => on(b.amountCol, row);
  const act = (row: number) => on(b.actualCol, row);
  const count = abs(BUDGET.overHead, COL + 4);
  const blocks = ranking({
    col: HELPERS.over,
    scale: 100,
    scores: lines.map(
      (r) => `IF(AND(ISNUMBER(${act(r)}),ISNUMBER(${amt(r)})),MAX(${act(r)}-${amt(r)},0),0)`,
    ),
    values: lines.map((r) => [
      textOf(on(b.itemCol, r)),
      textOf(on(b.categoryCol, r)),
      amt(r),
      act(r),
      `IF(ISNUMBER(${act(r)}),${act(r)}-${amt(r)},"")`,
    ]),
    names: OVER,
    at: { row: BUDGET.overColumns + 1, col: COL },
    shown: BUDGET.over,
    limit: count,
  });
  const head = [
    text('超支明细（实际高于预算）'),
    blank,
    blank,
    text('行数'),
    // A key of 1000 or more is a line over by at least one fen (see ranking).
    formula(`=COUNTIF(${helperRange(HELPERS.over, lines.length)},">=1000")`),
  ];
  return [
    block({ row: BUDGET.overHead, col: COL }, [head]),
    block({ row: BUDGET.overColumns, col: COL }, [OVER.map(text)]),
    ...blocks,
  ];
}

/**
 * The 预算 panel: per category planned and actual, 执行率 and the difference, 合计, the reserve
 * used, and the five lines most over budget — references to the budget's own summary block
 * (written by 预算表, the same sums) and to its lines.
 * @example budgetSection(budget).section.blocks.length // 6
 */
export function budgetSection(b: BudgetSource): { section: Section; issues: Issue[] } {
  const shown = b.categories.slice(0, BUDGET.categories);
  const rows: PlanCell[][] = [
    HEADINGS.map(text),
    ...shown.map((_, i) => summaryRow(b, 2 + i, ROWS.first + i)),
  ];
  while (rows.length <= BUDGET.categories) rows.push(HEADINGS.map(() => blank));
  rows.push(summaryRow(b, b.totalRow, BUDGET.total, '合计'), reserveRow(b));
  const cut = b.categories.length - shown.length;
  const issues =
    cut > 0
      ? [
          issue(
            'REVIEW_LIST_CUT',
            'warning',
            { sheet: REVIEW_SHEET, address: rel(BUDGET.total - 1, COL) },
            {
              cell: rel(BUDGET.total - 1, COL),
              what: '预算类别',
              total: b.categories.length,
              shown: BUDGET.categories,
              cut,
            },
          ),
        ]
      : [];
  const note = b.hasActuals ? '执行率 = 实际 ÷ 预算' : '预算表没有实际花费列';
  const money = (row: number, rows: number) => box(row, COL + 1, rows, 2);
  return {
    section: section({
      blocks: [
        block({ row: ROWS.head, col: COL }, [[text('预算'), text(note)]]),
        block({ row: ROWS.columns, col: COL }, rows),
        ...overLines(b),
      ],
      numberFormats: [
        { range: money(ROWS.first, BUDGET.categories + 2), format: YUAN },
        { range: box(ROWS.first, COL + 3, BUDGET.categories + 2), format: PERCENT },
        { range: box(ROWS.first, COL + 4, BUDGET.categories + 2), format: YUAN },
        { range: box(BUDGET.overColumns + 1, COL + 2, BUDGET.over, 3), format: YUAN },
      ],
      styles: [
        { range: box(ROWS.head, COL), bold: true },
        { range: box(ROWS.head, COL + 1), fontColor: NOTE_FONT },
        { range: box(ROWS.columns, COL, 1, HEADINGS.length), ...OWN_HEADER },
        { range: box(BUDGET.total, COL, 1, HEADINGS.length), bold: true },
        { range: box(BUDGET.overHead, COL), bold: true },
        { range: box(BUDGET.overColumns, COL, 1, OVER.length), ...OWN_HEADER },
      ],
      conditionalFormats: [
        {
          range: box(ROWS.first, COL + 3, BUDGET.categories + 1),
          formula: `AND(ISNUMBER(${rel(ROWS.first, COL + 3)}),${rel(ROWS.first, COL + 3)}>1)`,
          ...ALERT,
        },
      ],
    }),
    issues,
  };
}
