import { formatSerial } from '../../calendar/serial';
import { textIn, type Grid } from '../../grid';
import { block, num, sheetPlan, text, type Block, type SheetPlan } from '../../plan';
import { OWN_HEADER } from '../../plan/palette';
import { OWNED_HEADERS } from '../columns';
import type { FoundMilestones } from '../milestoneCells';
import type { TaskSheet } from '../readTaskSheet';
import type { CellEdit } from './editGrid';
import type { MovedDate } from './movedDates';

/** Where the 原时间 column goes, and headers to plant so the planned columns go right of it. */
export function noteColumn(grid: Grid, ts: TaskSheet): { col: number; planted: CellEdit[] } {
  const header = grid.values[ts.headerRow - grid.origin.row] ?? [];
  const at = header.findIndex((v) => textIn(v) === OWNED_HEADERS.original);
  if (at >= 0) return { col: grid.origin.col + at, planted: [] };
  const { start, due } = ts.owned;
  // After an earlier run the planned columns stay where they are; 原时间 takes the gap right of them.
  if (start !== undefined || due !== undefined)
    return { col: Math.max(start ?? 0, due ?? 0, ts.lastCol) + 1, planted: [] };
  // A first run: 原时间 right of the team's table, the planned columns right of it.
  const col = ts.lastCol + 1;
  const planted = [
    { row: ts.headerRow, col: col + 1, value: OWNED_HEADERS.start },
    { row: ts.headerRow, col: col + 2, value: OWNED_HEADERS.due },
  ];
  return { col, planted };
}

const shown = (m: MovedDate) =>
  typeof m.old === 'number' ? formatSerial(m.old) : textIn(m.old) || formatSerial(m.date);

/** The old dates of each row, as the 原时间 cell says them: the due alone, or 开始 … ；截止 …. */
function notes(moved: readonly MovedDate[]): Map<number, string> {
  const out = new Map<number, string>();
  for (const row of new Set(moved.map((m) => m.row))) {
    const due = moved.find((m) => m.row === row && m.role === 'due');
    const start = moved.find((m) => m.row === row && m.role === 'start');
    const parts = [
      start && `开始 ${shown(start)}`,
      due && (start ? `截止 ${shown(due)}` : shown(due)),
    ];
    out.set(row, parts.filter(Boolean).join('；'));
  }
  return out;
}

/**
 * The cells a reuse writes: each moved date's deadline text in its own cell, the old dates in the
 * 原时间 column (its header too), and the new date in every milestone cell the sheet has.
 */
export function reuseEdits(
  ts: TaskSheet,
  moved: readonly MovedDate[],
  noteCol: number,
  found: FoundMilestones,
  to: Readonly<Record<string, number>>,
): CellEdit[] {
  const edits: CellEdit[] = moved.map((m) => ({
    row: m.row,
    col: ts.mapping[m.role]!,
    value: m.relative.phrase,
  }));
  if (moved.length > 0)
    edits.push({ row: ts.headerRow, col: noteCol, value: OWNED_HEADERS.original });
  for (const [row, note] of notes(moved)) edits.push({ row, col: noteCol, value: note });
  for (const c of found.cells) {
    const value = to[c.name];
    if (value !== undefined) edits.push({ row: c.label.row, col: c.label.col + 1, value });
  }
  return edits;
}

/** The reuse's own writes as a plan fragment: text, dates, and the 原时间 column as the add-in's. */
export function reusePlan(
  sheet: string,
  edits: readonly CellEdit[],
  noteCol: number,
  ts: TaskSheet,
): SheetPlan {
  const blocks: Block[] = edits.map((e) =>
    block({ row: e.row, col: e.col }, [
      [typeof e.value === 'number' ? num(e.value) : text(e.value)],
    ]),
  );
  const hasNotes = edits.some((e) => e.col === noteCol);
  const box = { row: ts.headerRow, col: noteCol, rows: ts.lastRow - ts.headerRow + 1, cols: 1 };
  return {
    ...sheetPlan(sheet),
    blocks,
    styles: hasNotes ? [{ range: { ...box, rows: 1 }, ...OWN_HEADER }] : [],
    columnWidths: hasNotes ? [{ col: noteCol, width: 22 }] : [],
    owned: hasNotes ? [box] : [],
  };
}
