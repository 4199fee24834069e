import type { Grid } from '../../grid';
import { block, sheetPlan, text, type SheetPlan } from '../../plan';
import { NOTE_FONT } from '../../plan/palette';
import type { TrackingLayout } from '../types';
import { summaryBlock } from './summaryBlock';

/** How the summary's note starts: how a later run tells the add-in's summary from a 推进表. */
const NOTE_START = '推进表助手按';

/**
 * Whether a sheet is a summary the add-in wrote (its note on row 2): never a 推进表 to plan,
 * though its headings (最晚截止, 事项数) read like one.
 * @example isSummarySheet(grid) // true for 聚划算推进表汇总
 */
export const isSummarySheet = (grid: Grid): boolean => {
  const note = grid.values[1 - grid.origin.row]?.[0 - grid.origin.col];
  return typeof note === 'string' && note.startsWith(NOTE_START);
};

// Excel refuses a sheet name longer than 31 characters.
const MAX_SHEET_NAME = 31;
const SUFFIX = '汇总';

/**
 * The summary sheet's name: the 推进表's, then 汇总, shortened to Excel's 31 characters.
 * @example summarySheetName('聚划算推进表') // '聚划算推进表汇总'
 */
export const summarySheetName = (sheet: string): string =>
  `${sheet.slice(0, MAX_SHEET_NAME - SUFFIX.length)}${SUFFIX}`;

/**
 * The per-phase and per-department summary on a sheet of its own beside the 推进表. Not on the
 * 推进表: there it either pushed the Gantt's bars a screen away from the tasks (right of the
 * table) or stood among the rows a team appends tasks to (below it), and its dates needed widths
 * the team's columns do not have. On its own sheet it prints as a page of its own, and its
 * formulas still count the 推进表's rows live. Null when no task has a phase or a department.
 * @example summarySheet(layout)?.sheet // '聚划算推进表汇总'
 */
export function summarySheet(layout: TrackingLayout): SheetPlan | null {
  const summary = summaryBlock(layout, { row: 3, col: 0 });
  if (!summary) return null;
  const name = summarySheetName(layout.ts.sheet);
  const heading = block({ row: 0, col: 0 }, [
    [text(`${layout.ts.sheet} 汇总`)],
    [
      text(
        `推进表助手按「${layout.ts.sheet}」的事项行计算，改推进表即随之更新；重新生成时本表改写。`,
      ),
    ],
  ]);
  const headingBox = { row: 0, col: 0, rows: 2, cols: 1 };
  return {
    ...sheetPlan(name, true),
    clearFormats: [summary.box],
    blocks: [heading, summary.block],
    numberFormats: summary.numberFormats,
    styles: [
      { range: { ...headingBox, rows: 1 }, bold: true },
      { range: { ...headingBox, row: 1, rows: 1 }, fontColor: NOTE_FONT },
      ...summary.styles,
    ],
    columnWidths: summary.widths,
    owned: [headingBox, summary.box],
    print: { landscape: false, fitToWidth: true, paper: 'a4' },
  };
}
