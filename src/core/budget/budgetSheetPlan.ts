import type { RangeBox } from '../a1';
import {
  inputCell,
  sheetPlan,
  widest,
  type Block,
  type NumberFormat,
  type SheetPlan,
} from '../plan';
import { MONEY } from '../plan/formats';
import { OWN_HEADER } from '../plan/palette';
import { lineBox } from './_lib/lineBox';
import { summaryBox } from './_lib/summaryBox';
import { budgetAlerts } from './budgetAlerts';
import { BUDGET_ROWS } from './readBudget';
import { RATE_LABEL } from './reserveRate';
import type { BudgetColumns, LineColumn, SummaryLayout } from './types';

/** What the budget sheet gets: where everything is, and the cells. */
export interface BudgetSheetParts {
  readonly cols: BudgetColumns;
  readonly lineCols: readonly LineColumn[];
  readonly summary: SummaryLayout;
  readonly blocks: readonly Block[];
  /** The summary block's height, blank rows included. */
  readonly summaryRows: number;
}

/** What the reserve rate drives, shown when its cell is selected. */
const RATE_DRIVES = '风险备用金 = 合计 × 这个比例，预算总额随之变化。文档建议 10%–15%。';

/**
 * The budget sheet's plan: the cells, number formats, the add-in's headers, the reserve rate as
 * an input, the alerts of planned against actual, the regions the add-in owns, and a print area
 * that takes in the summary.
 * @example budgetSheetPlan('活动预算', parts).print?.area // { row: 0, col: 0, rows: 12, cols: 18 }
 */
export function budgetSheetPlan(sheet: string, p: BudgetSheetParts): SheetPlan {
  const { cols, lineCols, summary: s } = p;
  const box = (r: number, c: number, rows = 1, width = 1) => summaryBox(s, r, c, rows, width);
  const header = cols.first - 1;
  return {
    ...sheetPlan(sheet),
    print: {
      landscape: true,
      fitToWidth: true,
      area: {
        row: 0,
        col: 0,
        rows: Math.max(cols.extent, s.top + p.summaryRows - 1) + 1,
        cols: s.col + 5,
      },
    },
    clearFormats: [
      ...lineCols.map((c) => ({ ...lineBox(cols, c.col), rows: BUDGET_ROWS })),
      box(0, 0, BUDGET_ROWS, 5),
    ],
    blocks: p.blocks,
    numberFormats: budgetFormats(cols, s),
    styles: [
      ...lineCols.map((c) => ({
        range: { row: header, col: c.col, rows: 1, cols: 1 },
        ...OWN_HEADER,
      })),
      { range: box(0, 0), bold: true },
      { range: box(1, 0, 1, 5), ...OWN_HEADER },
      { range: box(s.totalRow, 0, 1, 5), bold: true },
      { range: box(s.totalRow + 3, 0, 1, 2), bold: true },
    ],
    conditionalFormats: budgetAlerts(cols, s),
    inputs: [inputCell(box(s.totalRow + 1, 1), 'rate', RATE_LABEL, RATE_DRIVES)],
    columnWidths: widest([
      ...lineCols.map((c) => ({ col: c.col, width: 12 })),
      ...[14, 14, 10, 14, 10].map((width, i) => ({ col: s.col + i, width })),
    ]),
    owned: [
      ...lineCols.map((c) => ({
        row: header,
        col: c.col,
        rows: Math.max(c.end, cols.first) - header + 1,
        cols: 1,
      })),
      box(0, 0, p.summaryRows, 5),
    ],
  };
}

/** Money, rates and shares in the lines' columns and the summary. */
function budgetFormats(cols: BudgetColumns, s: SummaryLayout): NumberFormat[] {
  const money = (range: RangeBox) => ({ range, format: MONEY });
  const box = (r: number, c: number, rows = 1) => summaryBox(s, r, c, rows, 1);
  const n = s.categories.length + 1;
  const category = cols.category;
  return [
    // The category carried past the last line stays out of sight until a line is added there.
    ...(category !== null ? [{ range: lineBox(cols, category), format: 'General' }] : []),
    ...(category !== null && cols.last > cols.extent
      ? [
          {
            range: { row: cols.extent + 1, col: category, rows: cols.last - cols.extent, cols: 1 },
            format: ';;;',
          },
        ]
      : []),
    money(lineBox(cols, cols.subtotal)),
    ...(cols.actual ? [money(lineBox(cols, cols.actual.variance))] : []),
    ...(cols.actual ? [{ range: lineBox(cols, cols.actual.rate), format: '0.0%' }] : []),
    money(box(2, 1, n)),
    money(box(2, 3, n)),
    { range: box(2, 2, n), format: '0.0%' },
    { range: box(2, 4, n), format: '0.0%' },
    { range: box(s.totalRow + 1, 1), format: '0%' },
    money(box(s.totalRow + 2, 1, 4)),
  ];
}
