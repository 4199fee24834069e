import { cellAddress, type CellRef } from '../a1';
import { parseDateText } from '../calendar/serial';
import { textIn, type CellValue, type Grid } from '../grid';
import { canonicalMilestone, isKnownMilestone } from './milestones';

/**
 * The marker of the add-in's milestone block. The block is one row — 里程碑 | 报名 | date |
 * 竞拍 | date … — above the table's header, so no task row can be deleted, sorted or filtered
 * together with a milestone.
 */
export const BLOCK_MARKER = '里程碑';

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
  /** Top-left of the add-in's block (its header), when there is one. */
  readonly block: CellRef | null;
  readonly cells: readonly MilestoneCell[];
}

/**
 * Finds milestone input cells: the add-in's block (里程碑, then name | value pairs to the right)
 * and labels the team wrote themselves (开团时间：| 2026-11-11 10:00) outside the task table,
 * whose right neighbour holds a date.
 * @example findMilestones(grid, { headerRow: 2, lastCol: 5 }).cells[0] // { name: '开团', … }
 */
export function findMilestones(
  grid: Grid,
  table: { readonly headerRow: number; readonly lastCol: number; readonly lastRow: number },
): FoundMilestones {
  const at = (row: number, col: number): CellValue =>
    grid.values[row - grid.origin.row]?.[col - grid.origin.col] ?? null;
  let block: CellRef | null = null;
  const cells: MilestoneCell[] = [];
  grid.values.forEach((line, r) =>
    line.forEach((v, c) => {
      const row = grid.origin.row + r;
      const col = grid.origin.col + c;
      if (!block && textIn(v) === BLOCK_MARKER) block = { row, col };
    }),
  );
  if (block) {
    const b: CellRef = block;
    for (let col = b.col + 1; textIn(at(b.row, col)) !== ''; col += 2) {
      cells.push({
        name: canonicalMilestone(textIn(at(b.row, col))),
        label: { row: b.row, col },
        value: at(b.row, col + 1),
        source: 'block',
      });
    }
  }
  const insideTable = (row: number, col: number) =>
    row >= table.headerRow && row <= table.lastRow && col <= table.lastCol;
  const inBlock = (row: number, col: number) =>
    block !== null && row === block.row && col >= block.col;
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

/** The absolute address of a milestone's value cell (`$K$4`). */
export function valueAddress(cell: { readonly label: CellRef }): string {
  return cellAddress({ row: cell.label.row, col: cell.label.col + 1 }, true);
}
