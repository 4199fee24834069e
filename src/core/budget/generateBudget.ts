import { cellAddress, columnLetters, type RangeBox } from '../a1';
import { lastRowWithContent, type CellValue, type Grid } from '../grid';
import { ownedColumns } from '../grid/header';
import { issue, type Issue } from '../issues';
import { convertTextNumbers } from '../numbers/convertTextNumbers';
import { negativeSpend } from '../numbers/negativeSpend';
import { numberIn } from '../numbers/parseNumberText';
import {
  blank,
  block,
  formula,
  num,
  sheetPlan,
  text,
  widest,
  type Block,
  type ConditionalFormat,
  type PlanCell,
  type SheetPlan,
  type WorkbookPlan,
} from '../plan';
import { BUDGET_OWNED, NATURE } from './columns';
import { readBudget, type BudgetMapping, type BudgetSheet } from './readBudget';
import { ALERT, OWN_HEADER } from '../plan/palette';

export interface BudgetOptions {
  readonly mapping?: BudgetMapping;
  /** The reserve rate to set (task pane); else the sheet's, else 10%. */
  readonly reserveRate?: number;
}

export interface BudgetResult {
  readonly budget: BudgetSheet;
  readonly plan: WorkbookPlan;
  readonly issues: readonly Issue[];
  /** Where 合计, 实际合计 … sit: labelled cells the ROI figures refer to. */
  readonly totals: Readonly<Record<'合计' | '风险备用金' | '预算总额' | '实际合计', string>>;
}

export const DEFAULT_RESERVE_RATE = 0.1;
/** Rows past the header the totals reach, so lines a planner appends count without the add-in. */
export const BUDGET_ROWS = 500;
const RATE_LABEL = '风险备用金比例';
const SUMMARY_TITLE = '预算汇总';
const MONEY = '#,##0.00';

const at = (grid: Grid, row: number, col: number): CellValue =>
  grid.values[row - grid.origin.row]?.[col - grid.origin.col] ?? null;
const rangeOf = (col: number, first: number, last: number) =>
  `$${columnLetters(col)}$${first + 1}:$${columnLetters(col)}$${last + 1}`;

/**
 * Turns a team's budget into formulas: each line's 小计 (单价 × 数量 × 天数, blanks counting 1)
 * unless the team keeps its own amounts; deposits listed but out of 合计; per-category budget,
 * share and actual; 合计, 风险备用金 at a rate in an input cell, 预算总额 and 实际合计, each label
 * with its number to the right; 差异 and 执行率 beside each line when there is an 实际 column.
 * Numbers typed as text are turned into numbers in place. Null when no budget can be read.
 * @example generateBudget(grid)?.totals.合计 // "'预算'!$N$12"
 */
export function generateBudget(grid: Grid, options: BudgetOptions = {}): BudgetResult | null {
  const b = readBudget(grid, options.mapping);
  if (!b) return null;
  const m = b.mapping;
  const issues: Issue[] = [];
  const blocks: Block[] = [];
  const first = b.headerRow + 1;
  const last = b.headerRow + BUDGET_ROWS;
  const cellOf = (row: number, col: number) => ({
    sheet: grid.sheet,
    address: cellAddress({ row, col }),
  });

  // Numbers typed as text, turned into numbers in place (the backup keeps the text).
  const amountCols = (['price', 'quantity', 'days', 'amount', 'actual'] as const).flatMap((role) =>
    m[role] === undefined ? [] : [m[role]],
  );
  const converted = convertTextNumbers(
    grid,
    b.lines.map((l) => l.row),
    amountCols,
  );
  blocks.push(...converted.blocks);
  issues.push(...converted.issues);
  const moneyCols = (['price', 'amount', 'actual'] as const).flatMap((role) =>
    m[role] === undefined ? [] : [m[role]],
  );
  issues.push(
    ...negativeSpend(
      grid,
      b.lines.map((l) => l.row),
      moneyCols,
    ),
  );

  // The team's own amounts win when it keeps them; else the add-in's 预算小计 column.
  const teamAmounts =
    m.amount !== undefined && b.lines.some((l) => numberIn(at(grid, l.row, m.amount!)) !== null);
  const own = ownedColumns(b);
  const subtotalCol = teamAmounts || m.price === undefined ? null : own(BUDGET_OWNED.subtotal);
  const categoryCol = m.category === undefined ? null : own(BUDGET_OWNED.category);
  const natureCol = own(BUDGET_OWNED.nature);
  const hasActual = m.actual !== undefined;
  const varianceCol = hasActual ? own(BUDGET_OWNED.variance) : null;
  const rateCol = hasActual ? own(BUDGET_OWNED.rate) : null;
  const amountCol = subtotalCol ?? m.amount!;
  if (teamAmounts)
    issues.push(
      issue('BUDGET_KEEPS_AMOUNT', 'info', cellOf(b.headerRow, m.amount!), {
        header: b.headers[m.amount!] ?? '',
      }),
    );

  const lineRows = new Map(b.lines.map((l) => [l.row, l]));
  const extentOwned = Math.max(
    b.lastRow,
    ...[subtotalCol, categoryCol, natureCol, varianceCol, rateCol]
      .filter((c): c is number => c !== null)
      .map((c) => lastRowWithContent(grid, b.headerRow + 1, c)),
  );
  const ownedCols: [number, string, (row: number) => PlanCell][] = [];
  const ref = (col: number | undefined, row: number) =>
    col === undefined ? null : `${columnLetters(col)}${row + 1}`;
  if (subtotalCol !== null) {
    ownedCols.push([
      subtotalCol,
      BUDGET_OWNED.subtotal,
      (row) => {
        const p = ref(m.price, row)!;
        const factor = (c: string | null) => (c ? `*IF(${c}="",1,${c})` : '');
        return formula(
          `=IF(COUNT(${p})=0,"",${p}${factor(ref(m.quantity, row))}${factor(ref(m.days, row))})`,
        );
      },
    ]);
  }
  if (categoryCol !== null) {
    // The category filled down by formula over blank and merged cells, live when the team edits it.
    const c = (row: number) => ref(m.category, row)!;
    const above = (row: number) => `${columnLetters(categoryCol)}${row}`;
    // A team's own 合计/总计 row ends the categories: nothing below it falls under "合计".
    const own = (row: number) => `IF(OR(${c(row)}="合计",${c(row)}="总计"),"",${c(row)})`;
    ownedCols.push([
      categoryCol,
      BUDGET_OWNED.category,
      (row) =>
        formula(
          row === first
            ? `=IF(${c(row)}="","",${own(row)})`
            : `=IF(${c(row)}="",${above(row)},${own(row)})`,
        ),
    ]);
  }
  ownedCols.push([
    natureCol,
    BUDGET_OWNED.nature,
    (row) =>
      lineRows.has(row) ? text(lineRows.get(row)!.deposit ? NATURE.deposit : NATURE.cost) : blank,
  ]);
  if (varianceCol !== null && rateCol !== null) {
    const a = (row: number) => ref(m.actual, row)!;
    const p = (row: number) => `${columnLetters(amountCol)}${row + 1}`;
    ownedCols.push([
      varianceCol,
      BUDGET_OWNED.variance,
      (row) =>
        lineRows.has(row) ? formula(`=IF(COUNT(${a(row)})=0,"",${a(row)}-N(${p(row)}))`) : blank,
    ]);
    ownedCols.push([
      rateCol,
      BUDGET_OWNED.rate,
      (row) =>
        lineRows.has(row)
          ? formula(`=IF(COUNT(${a(row)})=0,"",IFERROR(${a(row)}/${p(row)},""))`)
          : blank,
    ]);
  }
  // Subtotal and category formulas reach as far as the totals do, so appended lines count.
  const ownedEnd = (col: number) =>
    col === categoryCol || col === subtotalCol ? last : extentOwned;
  for (const [col, header, cell] of ownedCols) {
    const cells: PlanCell[][] = [[text(header)]];
    for (let row = first; row <= ownedEnd(col); row++) cells.push([cell(row)]);
    blocks.push(block({ row: b.headerRow, col }, cells));
  }
  for (const l of b.lines.filter((x) => x.deposit))
    issues.push(
      issue('DEPOSIT_EXCLUDED', 'info', cellOf(l.row, natureCol), { item: l.item || l.category }),
    );

  // The summary, right of the add-in's columns: categories, then the labelled totals.
  const sCol = Math.max(b.lastCol, ...ownedCols.map(([c]) => c)) + 2;
  const amounts = rangeOf(amountCol, first, last);
  const natures = rangeOf(natureCol, first, last);
  const cats = categoryCol === null ? null : rangeOf(categoryCol, first, last);
  const actuals = hasActual ? rangeOf(m.actual!, first, last) : null;
  const categories = [
    ...new Set(b.lines.filter((l) => !l.deposit && l.category).map((l) => l.category)),
  ];
  const top = b.headerRow;
  const L = (i: number) => `${columnLetters(sCol)}${top + i + 1}`;
  const V = (i: number, c = 1) => `$${columnLetters(sCol + c)}$${top + i + 1}`;
  const rows: PlanCell[][] = [
    [text(SUMMARY_TITLE), blank, blank, blank, blank],
    [text('类别'), text('预算'), text('占比'), text('实际'), text('执行率')],
  ];
  const totalRow = 2 + categories.length;
  // Costs are everything but deposits, so a line appended by hand counts before any re-run.
  const costSum = (range: string, extra = '') =>
    extra
      ? `SUMIFS(${range}${extra})-SUMIFS(${range}${extra},${natures},"${NATURE.deposit}")`
      : `SUM(${range})-SUMIFS(${range},${natures},"${NATURE.deposit}")`;
  categories.forEach((c, i) => {
    const r = 2 + i;
    const byCat = cats ? `,${cats},${L(r)}` : '';
    rows.push([
      text(c),
      formula(`=${costSum(amounts, byCat)}`),
      formula(`=IFERROR(${V(r)}/${V(totalRow)},0)`),
      actuals ? formula(`=${costSum(actuals, byCat)}`) : blank,
      actuals ? formula(`=IFERROR(${V(r, 3)}/${V(r)},"")`) : blank,
    ]);
  });
  const keptRate = rateIn(grid, sCol);
  const rate = options.reserveRate ?? keptRate ?? DEFAULT_RESERVE_RATE;
  if (rate < 0.1 - 1e-9 || rate > 0.15 + 1e-9)
    issues.push(
      issue('RESERVE_RATE_UNUSUAL', 'warning', cellOf(top + totalRow + 1, sCol + 1), {
        rate: `${Math.round(rate * 1000) / 10}%`,
      }),
    );
  rows.push([
    text('合计'),
    formula(`=${costSum(amounts)}`),
    formula(`=IF(${V(totalRow)}=0,0,1)`),
    actuals ? formula(`=${costSum(actuals)}`) : blank,
    actuals ? formula(`=IFERROR(${V(totalRow, 3)}/${V(totalRow)},"")`) : blank,
  ]);
  rows.push([text(RATE_LABEL), num(rate), blank, blank, blank]);
  rows.push([
    text('风险备用金'),
    formula(`=${V(totalRow)}*${V(totalRow + 1)}`),
    blank,
    blank,
    blank,
  ]);
  rows.push([text('预算总额'), formula(`=${V(totalRow)}+${V(totalRow + 2)}`), blank, blank, blank]);
  rows.push([
    text('实际合计'),
    actuals ? formula(`=${costSum(actuals)}`) : num(0),
    blank,
    blank,
    blank,
  ]);
  rows.push([
    text('保证金（可退）'),
    formula(`=SUMIFS(${amounts},${natures},"${NATURE.deposit}")`),
    text('活动后退回，不计入合计'),
    blank,
    blank,
  ]);
  const previous = lastRowWithContent(grid, top, sCol, 5);
  while (top + rows.length <= previous) rows.push([blank, blank, blank, blank, blank]);
  blocks.push(block({ row: top, col: sCol }, rows));

  const box = (r: number, c: number, rs = 1, cs = 1): RangeBox => ({
    row: top + r,
    col: sCol + c,
    rows: rs,
    cols: cs,
  });
  const lineBox = (col: number): RangeBox => ({
    row: first,
    col,
    rows: Math.max(extentOwned - b.headerRow, 1),
    cols: 1,
  });
  const conditionalFormats: ConditionalFormat[] = [];
  if (varianceCol !== null && rateCol !== null) {
    const v = `${columnLetters(varianceCol)}${first + 1}`;
    conditionalFormats.push({
      range: { ...lineBox(Math.min(varianceCol, rateCol)), cols: 2 },
      formula: `=AND(ISNUMBER($${v.replace(/\d+$/, '')}${first + 1}),$${v.replace(/\d+$/, '')}${first + 1}>0)`,
      ...ALERT,
    });
  }
  if (actuals && categories.length > 0) {
    conditionalFormats.push({
      range: box(2, 0, categories.length + 1, 5),
      formula: `=$${columnLetters(sCol + 3)}${top + 3}>$${columnLetters(sCol + 1)}${top + 3}`,
      ...ALERT,
    });
  }
  const money = (r: RangeBox) => ({ range: r, format: MONEY });
  const plan: SheetPlan = {
    ...sheetPlan(grid.sheet),
    print: {
      landscape: true,
      fitToWidth: true,
      area: {
        row: 0,
        col: 0,
        rows: Math.max(extentOwned, top + rows.length - 1) + 1,
        cols: sCol + 5,
      },
    },
    clearFormats: [
      ...ownedCols.map(([c]) => ({ ...lineBox(c), rows: BUDGET_ROWS })),
      box(0, 0, BUDGET_ROWS, 5),
    ],
    blocks,
    numberFormats: [
      // The category carried past the last line stays out of sight until a line is added there.
      ...(categoryCol !== null ? [{ range: lineBox(categoryCol), format: 'General' }] : []),
      ...(categoryCol !== null && last > extentOwned
        ? [
            {
              range: { row: extentOwned + 1, col: categoryCol, rows: last - extentOwned, cols: 1 },
              format: ';;;',
            },
          ]
        : []),
      ...(subtotalCol !== null ? [money(lineBox(subtotalCol))] : []),
      ...(varianceCol !== null ? [money(lineBox(varianceCol))] : []),
      ...(rateCol !== null ? [{ range: lineBox(rateCol), format: '0.0%' }] : []),
      money(box(2, 1, categories.length + 1, 1)),
      money(box(2, 3, categories.length + 1, 1)),
      { range: box(2, 2, categories.length + 1, 1), format: '0.0%' },
      { range: box(2, 4, categories.length + 1, 1), format: '0.0%' },
      { range: box(totalRow + 1, 1), format: '0%' },
      money(box(totalRow + 2, 1, 4, 1)),
    ],
    styles: [
      ...ownedCols.map(([c]) => ({
        range: { row: b.headerRow, col: c, rows: 1, cols: 1 },
        ...OWN_HEADER,
      })),
      { range: box(0, 0), bold: true },
      { range: box(1, 0, 1, 5), ...OWN_HEADER },
      { range: box(totalRow, 0, 1, 5), bold: true },
      { range: box(totalRow + 3, 0, 1, 2), bold: true },
    ],
    conditionalFormats,
    columnWidths: widest([
      ...ownedCols.map(([c]) => ({ col: c, width: 12 })),
      { col: sCol, width: 14 },
      { col: sCol + 1, width: 14 },
      { col: sCol + 2, width: 10 },
      { col: sCol + 3, width: 14 },
      { col: sCol + 4, width: 10 },
    ]),
    owned: [
      ...ownedCols.map(([c]) => ({
        row: b.headerRow,
        col: c,
        rows: Math.max(ownedEnd(c), first) - b.headerRow + 1,
        cols: 1,
      })),
      box(0, 0, rows.length, 5),
    ],
  };
  const label = (i: number) => `${cellAddress({ row: top + i, col: sCol + 1 }, true)}`;
  issues.push(
    issue('BUDGET_WRITTEN', 'info', cellOf(top + totalRow, sCol + 1), {
      lines: b.lines.length,
      categories: categories.length,
    }),
  );
  return {
    budget: b,
    plan: { sheets: [plan], deleteSheets: [] },
    issues,
    totals: {
      合计: label(totalRow),
      风险备用金: label(totalRow + 2),
      预算总额: label(totalRow + 3),
      实际合计: label(totalRow + 4),
    },
  };
}

/** The reserve rate the team left in the summary's input cell, if any. */
function rateIn(grid: Grid, col: number): number | null {
  for (const line of grid.values) {
    const label = line[col - grid.origin.col];
    const v = line[col + 1 - grid.origin.col];
    if (label === RATE_LABEL && typeof v === 'number') return v;
  }
  return null;
}
