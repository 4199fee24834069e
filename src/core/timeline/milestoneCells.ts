import { cellAddress, contains, type CellRef } from '../a1';
import { parseDateText } from '../calendar/serial';
import { textIn, type CellValue, type Grid } from '../grid';
import { BLOCK_DATE_HEADING, blockBox, pairLabel, type BlockShape } from './blockShape';
import { canonicalMilestone, isKnownMilestone } from './milestones';

/**
 * The marker of the add-in's milestone block: 里程碑 | 日期 over one name | date pair a row, under
 * the planned columns and below the table (right of the team's columns, so no task row can be
 * deleted, sorted or filtered together with a milestone, and no milestone is read as a task).
 */
export const BLOCK_MARKER = '里程碑';

/** The block's last row when the sheet has owners: the same-day limit, no milestone. */
export const LIMIT_LABEL = '同日上限';

/** A milestone input cell found on the sheet. */
export interface MilestoneCell {
  readonly name: string;
  /** The label's position; the value sits in the cell to its right. */
  readonly label: CellRef;
  readonly value: CellValue;
  /** In the add-in's block, or a labelled cell the team keeps themselves. */
  readonly source: 'block' | 'team';
}

export interface FoundMilestones {
  /** The add-in's block (its marker cell and how it lies), when there is one. */
  readonly block: BlockShape | null;
  readonly cells: readonly MilestoneCell[];
}

/**
 * Finds milestone input cells: the add-in's block (里程碑, then name | value pairs down the sheet,
 * or across a row in a block an earlier version laid out) and labels the team wrote themselves (开团时间：| 2026-11-11 10:00) outside the task table,
 * whose right neighbour holds a date.
 * @example findMilestones(grid, { headerRow: 2, lastCol: 5 }).cells[0] // { name: '开团', … }
 */
export function findMilestones(
  grid: Grid,
  table: { readonly headerRow: number; readonly lastCol: number; readonly lastRow: number },
): FoundMilestones {
  const at = (row: number, col: number): CellValue =>
    grid.values[row - grid.origin.row]?.[col - grid.origin.col] ?? null;
  const cells: MilestoneCell[] = [];
  const marker = findMarker(grid);
  const block = marker && shapeAt(marker, at);
  if (block) cells.push(...blockPairs(block, at));
  // A block across a row owns the rest of its row, as that layout always did.
  const blockArea =
    block &&
    (block.vertical ? blockBox(block, cells.length) : { ...block.at, rows: 1, cols: 16384 });
  const insideTable = (row: number, col: number) =>
    row >= table.headerRow && row <= table.lastRow && col <= table.lastCol;
  const inBlock = (row: number, col: number) =>
    blockArea !== null && contains(blockArea, { row, col, rows: 1, cols: 1 });
  grid.values.forEach((line, r) =>
    line.forEach((v, c) => {
      const row = grid.origin.row + r;
      const col = grid.origin.col + c;
      const label = textIn(v).replace(/[：:]$/, '');
      const value = at(row, col + 1);
      if (
        label === '' ||
        insideTable(row, col) ||
        inBlock(row, col) ||
        !(typeof value === 'number' || (typeof value === 'string' && parseDateText(value) !== null))
      )
        return;
      if (isKnownMilestone(label))
        cells.push({ name: canonicalMilestone(label), label: { row, col }, value, source: 'team' });
    }),
  );
  return { block, cells };
}

/** The first cell reading 里程碑, row by row. */
function findMarker(grid: Grid): CellRef | null {
  for (let r = 0; r < grid.values.length; r++) {
    const c = (grid.values[r] ?? []).findIndex((v) => textIn(v) === BLOCK_MARKER);
    if (c >= 0) return { row: grid.origin.row + r, col: grid.origin.col + c };
  }
  return null;
}

/** How the block at a marker lies: down the sheet when nothing or 日期 stands beside the marker. */
function shapeAt(marker: CellRef, at: (row: number, col: number) => CellValue): BlockShape {
  const beside = textIn(at(marker.row, marker.col + 1));
  return { at: marker, vertical: beside === '' || beside === BLOCK_DATE_HEADING };
}

/** The block's name | date pairs, up to the first empty name (or the same-day limit). */
function blockPairs(
  shape: BlockShape,
  at: (row: number, col: number) => CellValue,
): MilestoneCell[] {
  const pairs: MilestoneCell[] = [];
  for (let k = 0; ; k++) {
    const label = pairLabel(shape, k);
    const name = textIn(at(label.row, label.col));
    if (name === '' || name === LIMIT_LABEL) return pairs;
    const value = at(label.row, label.col + 1);
    pairs.push({ name: canonicalMilestone(name), label, value, source: 'block' });
  }
}

/** The absolute address of a milestone's value cell (`$K$4`). */
export function valueAddress(cell: { readonly label: CellRef }): string {
  return cellAddress({ row: cell.label.row, col: cell.label.col + 1 }, true);
}
