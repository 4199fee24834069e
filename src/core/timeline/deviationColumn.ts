import { lastRowWithContent, type Grid } from '../grid';
import { blank, block, formula, sheetPlan, text, type PlanCell, type SheetPlan } from '../plan';
import { OWN_HEADER } from '../plan/palette';
import { OWNED_HEADERS } from './columns';
import type { TaskSheet } from './readTaskSheet';
import { col$ } from './tracking/_lib/ranges';

/** Days late shown with their sign (+2 late, -1 early, 0 on the day). */
export const DEVIATION_FORMAT = '+0;-0;0';

/**
 * The 偏差天数 column: for each task row, its actual finish day less its planned due day, as a live
 * formula, blank until the task has an actual finish (or while it has no planned due). Whole days,
 * so a task due 18:00 and typed as finished that day is on time. Other rows are blank, down to
 * whatever an earlier run wrote, so a shrunk table leaves nothing behind.
 * @example deviationColumn(grid, ts, { col: 9, dueCol: 8, finishCol: 6, extent: 7 }).blocks[0]?.cells[1] // [{ kind: 'formula', formula: '=IF(AND(ISNUMBER($G3),ISNUMBER($I3)),INT($G3)-INT($I3),"")' }]
 */
export function deviationColumn(
  grid: Grid,
  ts: TaskSheet,
  at: {
    readonly col: number;
    readonly dueCol: number;
    readonly finishCol: number;
    readonly extent: number;
  },
): SheetPlan {
  const { col, dueCol, finishCol } = at;
  const first = ts.headerRow + 1;
  const last = Math.max(at.extent, lastRowWithContent(grid, first, col));
  const taskRows = new Set(ts.tasks.map((t) => t.row));
  const cells: PlanCell[] = [text(OWNED_HEADERS.deviation)];
  for (let row = first; row <= last; row++) {
    const f = `${col$(finishCol)}${row + 1}`;
    const d = `${col$(dueCol)}${row + 1}`;
    cells.push(
      taskRows.has(row)
        ? formula(`=IF(AND(ISNUMBER(${f}),ISNUMBER(${d})),INT(${f})-INT(${d}),"")`)
        : blank,
    );
  }
  const rows = last - ts.headerRow + 1;
  return {
    ...sheetPlan(grid.sheet),
    blocks: [
      block(
        { row: ts.headerRow, col },
        cells.map((c) => [c]),
      ),
    ],
    numberFormats: [
      {
        range: { row: first, col, rows: Math.max(rows - 1, 1), cols: 1 },
        format: DEVIATION_FORMAT,
      },
    ],
    styles: [{ range: { row: ts.headerRow, col, rows: 1, cols: 1 }, ...OWN_HEADER }],
    columnWidths: [{ col, width: 9 }],
    owned: [{ row: ts.headerRow, col, rows, cols: 1 }],
  };
}
