import type { CellRef, RangeBox } from '../../a1';
import {
  blank,
  block,
  formula,
  type Block,
  type ColumnWidth,
  type NumberFormat,
  type PlanCell,
  type Style,
} from '../../plan';
import { OWN_HEADER } from '../../plan/palette';
import { DATE } from '../_lib/dateFormats';
import type { TrackingLayout } from '../types';
import { onSheet } from './_lib/onSheet';
import { departmentSummary } from './departmentSummary';
import { phaseSummary } from './phaseSummary';

export const SUMMARY_WIDTH = 6;

/**
 * Rows the summary blanks at least: a re-run with fewer phases or departments leaves nothing of
 * a longer summary (its own sheet keeps no other cells).
 */
const SUMMARY_MIN_ROWS = 60;

/**
 * The summary's width: one column more for the late finishes (延期完成) where the team records
 * actual finishes.
 * @example summaryWidth({ actuals: { finish: 6, deviationCol: 9 } }) // 7
 */
export function summaryWidth(layout: Pick<TrackingLayout, 'actuals'>): number {
  const a = layout.actuals;
  return a?.finish !== undefined && a.deviationCol !== undefined
    ? SUMMARY_WIDTH + 1
    : SUMMARY_WIDTH;
}

/**
 * The summary per phase and per department at `at` on the summary sheet, its formulas counting
 * the 推进表's rows (qualified with its name). Rows past the sections are blanked. Null when no
 * task has a phase or a department.
 * @example summaryBlock(layout, { row: 3, col: 0 })?.box // { row: 3, col: 0, rows: 60, cols: 6 }
 */
export function summaryBlock(
  layout: TrackingLayout,
  at: CellRef,
): {
  readonly block: Block;
  readonly box: RangeBox;
  readonly numberFormats: readonly NumberFormat[];
  readonly styles: readonly Style[];
  readonly widths: readonly ColumnWidth[];
} | null {
  const { row: top, col } = at;
  const width = summaryWidth(layout);
  const rows: (readonly PlanCell[])[] = [];
  const headerRows: number[] = [];
  const dateRows: number[] = [];
  const percentRows: number[] = [];
  const phases = phaseSummary(layout);
  const depts = departmentSummary(layout, col, top + (phases?.rows.length ?? 0));
  if (!phases && !depts) return null;
  for (const section of [phases, depts]) {
    if (!section) continue;
    headerRows.push(rows.length);
    dateRows.push(...section.dateRows.map((i) => rows.length + i));
    percentRows.push(...section.percentRows.map((i) => rows.length + i));
    rows.push(...section.rows.map((r) => r.map((c) => qualified(c, layout.ts.sheet))));
  }
  while (rows.length < SUMMARY_MIN_ROWS) rows.push([]);
  const line = (i: number, c = 0, cols = width): RangeBox => ({
    row: top + i,
    col: col + c,
    rows: 1,
    cols,
  });
  const pad = (cells: readonly PlanCell[]) => [
    ...cells,
    ...Array<PlanCell>(width - cells.length).fill(blank),
  ];
  return {
    block: block(at, rows.map(pad)),
    box: { row: top, col, rows: rows.length, cols: width },
    numberFormats: [
      ...dateRows.map((i) => ({ range: line(i, 1, 2), format: DATE })),
      ...percentRows.map((i) => ({ range: line(i, 3, 1), format: '0%' })),
    ],
    styles: headerRows.map((i) => ({ range: line(i), ...OWN_HEADER })),
    widths: [
      { col, width: 12 },
      ...[1, 2].map((c) => ({ col: col + c, width: 11 })),
      ...[3, 4, 5, 6].slice(0, width - 3).map((c) => ({ col: col + c, width: 8 })),
    ],
  };
}

/** A summary cell as it reads on the summary sheet: its references to the 推进表 qualified. */
const qualified = (cell: PlanCell, sheet: string): PlanCell =>
  cell.kind === 'formula' ? formula(onSheet(cell.formula, sheet)) : cell;
