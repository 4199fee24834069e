import { cellAddress, columnLetters, type CellRef } from '../a1';
import { lastRowWithContent, type CellValue, type Grid } from '../grid';
import { findHeader } from '../grid/header';
import { issue, type Issue } from '../issues';
import { parseNumberText } from '../numbers/parseNumberText';
import { blank, block, formula, num, sheetPlan, text, type Block, type PlanCell, type WorkbookPlan } from '../plan';
import { PARAMETERS, SALES_OWNED, SALES_ROLES, type SalesRole } from './columns';
import { KPI_FORMATS, KPI_LABELS, kpiFormulas, type KpiLabel } from './kpis';

/** A labelled cell elsewhere in the workbook the figures may refer to (a budget's 实际合计). */
export interface SpendSource {
  /** What to tell the user: `预算表“活动预算”的实际合计`. */
  readonly description: string;
  /** A reference a formula can use: `'活动预算'!$S$15`. */
  readonly ref: string;
}

export interface RoiOptions {
  /** 毛利率 given by the user (CLI --margin, task pane); else the sheet's, else an input cell. */
  readonly margin?: number;
  /** 总投入 from a budget, in the order to try: actual total, then planned total. */
  readonly spend?: readonly SpendSource[];
}

export interface RoiResult {
  readonly sheet: string;
  readonly headerRow: number;
  readonly mapping: Partial<Record<SalesRole, number>>;
  readonly rows: number;
  readonly plan: WorkbookPlan;
  readonly issues: readonly Issue[];
  /** Where each figure's number is. */
  readonly figures: Readonly<Partial<Record<KpiLabel, string>>>;
}

/** Rows past the header the sums reach, so days appended by hand count without the add-in. */
export const SALES_ROWS = 1000;
const DEFAULT_MARGIN = 0.3;
const MONEY = '#,##0.00';

const textOf = (v: CellValue) => (typeof v === 'string' ? v.trim() : '');

/**
 * A label/value pair anywhere on the sheet but in the add-in's own block (whose labels are the
 * same words): the value cell and its number.
 */
function findParameter(grid: Grid, labels: readonly string[], skipCol: number): { at: CellRef; value: number | null } | null {
  for (let r = 0; r < grid.values.length; r++) {
    const line = grid.values[r]!;
    for (let c = 0; c < line.length; c++) {
      if (grid.origin.col + c === skipCol) continue;
      if (!labels.includes(textOf(line[c] ?? null).replace(/[：:]$/, ''))) continue;
      const v = line[c + 1] ?? null;
      const n = typeof v === 'number' ? v : typeof v === 'string' ? parseNumberText(v) : null;
      return { at: { row: grid.origin.row + r, col: grid.origin.col + c + 1 }, value: n };
    }
  }
  return null;
}

/**
 * KPI and ROI formulas on an analyst's sales table: column sums over a range far past the data,
 * then 支付转化率, 客单价, 退款率, 投入产出比, 毛利, 净利润, 净ROI, 保本ROI, 盈亏平衡销售额 and
 * 目标达成率 in a block right of the table, each label with its number to the right; per-row 转化率
 * and 客单价 beside the data. Numbers pasted as text are turned into numbers in place.
 * Null when the grid holds no sales table.
 * @example generateRoi(grid, { margin: 0.4 })?.figures.投入产出比
 */
export function generateRoi(grid: Grid, options: RoiOptions = {}): RoiResult | null {
  const found = findHeader(grid, SALES_ROLES, Object.values(SALES_OWNED), (m) => m.gmv !== undefined && (m.visitors !== undefined || m.buyers !== undefined));
  if (!found) return null;
  const m = found.mapping;
  const first = found.row + 1;
  const last = found.row + SALES_ROWS;
  const issues: Issue[] = [];
  const blocks: Block[] = [];
  const cellOf = (row: number, col: number) => ({ sheet: grid.sheet, address: cellAddress({ row, col }) });
  const at = (row: number, col: number): CellValue => grid.values[row - grid.origin.row]?.[col - grid.origin.col] ?? null;

  // The data rows: anything below the header until the table ends.
  const dataEnd = lastRowWithContent(grid, first, m.gmv!);
  const numeric: SalesRole[] = ['visitors', 'pageViews', 'buyers', 'orders', 'gmv', 'refund', 'plan'];
  for (let row = first; row <= dataEnd; row++) {
    for (const role of numeric) {
      const col = m[role];
      const v = col === undefined ? null : at(row, col);
      if (col === undefined || typeof v !== 'string' || v.trim() === '') continue;
      const n = parseNumberText(v);
      if (n === null) continue;
      blocks.push(block({ row, col }, [[num(n)]]));
      issues.push(issue('NUMBER_CONVERTED', 'info', cellOf(row, col), { text: v, value: n }));
    }
  }

  // Per-row 转化率 and 客单价 beside the data, in columns the add-in owns.
  let next = found.lastCol + 1;
  const own = (h: string) => found.owned[h] ?? next++;
  const ref = (role: SalesRole, row: number) => `${columnLetters(m[role]!)}${row + 1}`;
  const perRow: [string, (row: number) => string | null, string][] = [];
  if (m.buyers !== undefined && m.visitors !== undefined) perRow.push([SALES_OWNED.conversion, (r) => `IFERROR(${ref('buyers', r)}/${ref('visitors', r)},"")`, '0.00%']);
  if (m.buyers !== undefined) perRow.push([SALES_OWNED.aov, (r) => `IFERROR(${ref('gmv', r)}/${ref('buyers', r)},"")`, MONEY]);
  const owned = perRow.map(([h, f, fmt]) => ({ col: own(h), h, f, fmt }));
  for (const o of owned) {
    const cells: PlanCell[][] = [[text(o.h)]];
    for (let row = first; row <= dataEnd; row++) cells.push([formula(`=IF(COUNT(${ref('gmv', row)})=0,"",${o.f(row)})`)]);
    blocks.push(block({ row: found.row, col: o.col }, cells));
  }

  // The KPI block, right of the add-in's columns.
  const kCol = Math.max(found.lastCol, ...owned.map((o) => o.col)) + 2;
  const top = found.row;
  const rowOf = new Map(KPI_LABELS.map((l, i) => [l, top + 1 + i]));
  const kRef = (l: KpiLabel) => `$${columnLetters(kCol + 1)}$${rowOf.get(l)! + 1}`;
  const sum = (role: SalesRole) => (m[role] === undefined ? undefined : `SUM($${columnLetters(m[role])}$${first + 1}:$${columnLetters(m[role])}$${last + 1})`);

  const marginParam = findParameter(grid, PARAMETERS.margin, kCol);
  const marginCell = { row: top + 1 + KPI_LABELS.length + 1, col: kCol };
  const margin = marginParam && options.margin === undefined ? `$${columnLetters(marginParam.at.col)}$${marginParam.at.row + 1}` : `$${columnLetters(kCol + 1)}$${marginCell.row + 1}`;
  if (!marginParam && options.margin === undefined) issues.push(issue('MARGIN_MISSING', 'warning', cellOf(marginCell.row, kCol + 1), { cell: cellAddress({ row: marginCell.row, col: kCol + 1 }), rate: `${DEFAULT_MARGIN * 100}%` }));

  const spendParam = findParameter(grid, PARAMETERS.spend, kCol);
  const fromBudget = options.spend?.[0];
  const spendInput = { row: marginCell.row + 1, col: kCol };
  const spend = fromBudget ? fromBudget.ref : spendParam ? `$${columnLetters(spendParam.at.col)}$${spendParam.at.row + 1}` : `$${columnLetters(kCol + 1)}$${spendInput.row + 1}`;
  if (fromBudget) issues.push(issue('SPEND_SOURCE', 'info', cellOf(rowOf.get('总投入')!, kCol + 1), { source: fromBudget.description }));
  else if (!spendParam) issues.push(issue('SPEND_MISSING', 'warning', cellOf(spendInput.row, kCol + 1), { cell: cellAddress({ row: spendInput.row, col: kCol + 1 }) }));

  const target = findParameter(grid, PARAMETERS.target, kCol);
  const formulas = kpiFormulas(
    {
      sums: { gmv: sum('gmv')!, ...(sum('visitors') && { visitors: sum('visitors')! }), ...(sum('pageViews') && { pageViews: sum('pageViews')! }), ...(sum('buyers') && { buyers: sum('buyers')! }), ...(sum('refund') && { refund: sum('refund')! }) },
      spend,
      margin,
      ...(target?.value && { target: `$${columnLetters(target.at.col)}$${target.at.row + 1}` }),
    },
    kRef,
  );
  const rows: PlanCell[][] = [[text('活动指标'), blank]];
  for (const l of KPI_LABELS) {
    const f = formulas.get(l);
    rows.push([text(l), f ? formula(`=${f}`) : text('—')]);
  }
  rows.push([blank, blank]);
  // Input cells the team fills: kept as they are on the next run.
  const keep = (cell: CellRef, fallback: number) => {
    const v = at(cell.row, cell.col + 1);
    return typeof v === 'number' ? v : fallback;
  };
  rows.push([text('毛利率'), marginParam && options.margin === undefined ? formula(`=${margin}`) : num(options.margin ?? keep(marginCell, DEFAULT_MARGIN))]);
  rows.push([text('总投入（手填）'), num(keep(spendInput, 0))]);
  const previousEnd = lastRowWithContent(grid, top, kCol, 2);
  while (top + rows.length <= previousEnd) rows.push([blank, blank]);
  blocks.push(block({ row: top, col: kCol }, rows));

  const figureRange = (l: KpiLabel) => ({ row: rowOf.get(l)!, col: kCol + 1, rows: 1, cols: 1 });
  return {
    sheet: grid.sheet,
    headerRow: found.row,
    mapping: m,
    rows: Math.max(0, dataEnd - found.row),
    issues: [...issues, issue('ROI_WRITTEN', 'info', cellOf(top, kCol), { figures: formulas.size, rows: Math.max(0, dataEnd - found.row) })],
    figures: Object.fromEntries(KPI_LABELS.filter((l) => formulas.has(l)).map((l) => [l, kRef(l)])),
    plan: {
      sheets: [
        {
          ...sheetPlan(grid.sheet),
          blocks,
          numberFormats: [
            ...owned.map((o) => ({ range: { row: first, col: o.col, rows: Math.max(dataEnd - found.row, 1), cols: 1 }, format: o.fmt })),
            ...KPI_LABELS.filter((l) => KPI_FORMATS[l]).map((l) => ({ range: figureRange(l), format: KPI_FORMATS[l]! })),
            { range: { row: marginCell.row, col: kCol + 1, rows: 1, cols: 1 }, format: '0%' },
            { range: { row: spendInput.row, col: kCol + 1, rows: 1, cols: 1 }, format: MONEY },
          ],
          styles: [
            { range: { row: top, col: kCol, rows: 1, cols: 2 }, fill: '#E2EFDA', bold: true },
            ...owned.map((o) => ({ range: { row: top, col: o.col, rows: 1, cols: 1 }, fill: '#E2EFDA', bold: true })),
            { range: { row: marginCell.row, col: kCol + 1, rows: 2, cols: 1 }, fill: '#FFF2CC' },
          ],
          columnWidths: [{ col: kCol, width: 16 }, { col: kCol + 1, width: 16 }, ...owned.map((o) => ({ col: o.col, width: 10 }))],
          owned: [{ row: top, col: kCol, rows: rows.length, cols: 2 }, ...owned.map((o) => ({ row: top, col: o.col, rows: dataEnd - top + 1, cols: 1 }))],
        },
      ],
      deleteSheets: [],
    },
  };
}
