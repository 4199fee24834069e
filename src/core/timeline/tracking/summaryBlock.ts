import { columnLetters, type RangeBox } from '../../a1';
import { lastRowWithContent } from '../../grid';
import {
  blank,
  block,
  inputCell,
  num,
  text,
  type Block,
  type ColumnWidth,
  type InputCell,
  type NumberFormat,
  type PlanCell,
  type Style,
} from '../../plan';
import { OWN_HEADER } from '../../plan/palette';
import { DATE } from '../_lib/dateFormats';
import type { TrackingLayout } from '../types';
import { departmentSummary } from './departmentSummary';
import { phaseSummary } from './phaseSummary';

/** Tasks due the same day one owner may carry before the owner column flags it. */
export const DEFAULT_SAME_DAY_LIMIT = 3;
const LIMIT_LABEL = '同日上限';
export const SUMMARY_WIDTH = 6;

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
 * The summary's first column: under the block when it is right of the table; a block the team
 * typed above the table (里程碑 in column A) must not push the summary into the task rows.
 * @example summaryColumn({ ...layout, startCol: 7, dueCol: 8, blockAt: { row: 1, col: 0 } }) // 10
 */
export function summaryColumn(
  layout: Pick<TrackingLayout, 'blockAt' | 'startCol' | 'dueCol' | 'actuals'>,
): number {
  const lastOwn = Math.max(layout.startCol, layout.dueCol, layout.actuals?.deviationCol ?? -1);
  return Math.max(layout.blockAt.col, lastOwn + 2);
}

/** What the same-day limit drives, shown when its cell is selected. */
const LIMIT_DRIVES = '同一负责人同一天截止的事项多于这个数时，这些事项的计划截止标黄。';

/**
 * The summary under the milestone block: per phase, per department, and, where the sheet has
 * owners (nothing else reads it), the same-day limit: an input whose value the team changed is
 * kept. Rows a longer summary of an earlier run left below are blanked.
 * @example summaryBlock(layout).limit?.ref // '$M$9'
 */
export function summaryBlock(layout: TrackingLayout): {
  readonly block: Block;
  readonly box: RangeBox;
  /** The same-day limit's cell, for the owner-load rule, and its input; null without owners. */
  readonly limit: { readonly ref: string; readonly input: InputCell } | null;
  readonly numberFormats: readonly NumberFormat[];
  readonly styles: readonly Style[];
  readonly widths: readonly ColumnWidth[];
} {
  const { grid, ts } = layout;
  // Below the header row, so nothing of it sits among the team's column titles.
  const top = ts.headerRow + 1;
  const col = summaryColumn(layout);
  const width = summaryWidth(layout);
  const rows: (readonly PlanCell[])[] = [];
  const headerRows: number[] = [];
  const dateRows: number[] = [];
  const percentRows: number[] = [];
  const phases = phaseSummary(layout);
  const depts = departmentSummary(layout, col, top + (phases?.rows.length ?? 0));
  for (const section of [phases, depts]) {
    if (!section) continue;
    headerRows.push(rows.length);
    dateRows.push(...section.dateRows.map((i) => rows.length + i));
    percentRows.push(...section.percentRows.map((i) => rows.length + i));
    rows.push(...section.rows);
  }
  const limitRow = top + rows.length;
  const hasLimit = ts.mapping.owner !== undefined;
  const at = (c: number) => grid.values[limitRow - grid.origin.row]?.[col + c - grid.origin.col];
  const kept = at(1);
  if (hasLimit)
    rows.push([
      text(LIMIT_LABEL),
      num(at(0) === LIMIT_LABEL && typeof kept === 'number' ? kept : DEFAULT_SAME_DAY_LIMIT),
    ]);
  const previousEnd = lastRowWithContent(grid, top, col, width);
  // One blank row at least: a sheet with no phases, departments or owners keeps the place.
  while (top + rows.length <= previousEnd || rows.length === 0) rows.push([]);
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
    block: block({ row: top, col }, rows.map(pad)),
    box: { row: top, col, rows: rows.length, cols: width },
    limit: hasLimit
      ? {
          ref: `$${columnLetters(col + 1)}$${limitRow + 1}`,
          input: inputCell({ row: limitRow, col: col + 1 }, 'count', LIMIT_LABEL, LIMIT_DRIVES),
        }
      : null,
    numberFormats: [
      ...dateRows.map((i) => ({ range: line(i, 1, 2), format: DATE })),
      ...percentRows.map((i) => ({ range: line(i, 3, 1), format: '0%' })),
    ],
    styles: [
      ...headerRows.map((i) => ({ range: line(i), ...OWN_HEADER })),
      ...(hasLimit ? [{ range: line(limitRow - top, 0, 1), bold: true }] : []),
    ],
    widths: [
      { col, width: 10 },
      ...[1, 2].map((c) => ({ col: col + c, width: 11 })),
      ...[3, 4, 5, 6].slice(0, width - 3).map((c) => ({ col: col + c, width: 8 })),
    ],
  };
}
