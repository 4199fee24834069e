import { mergedValueAt, textIn, valueAt, type CellValue, type Grid } from '../grid';
import { isNoteText, isTotalText } from '../grid/rowKinds';
import { DEPOSIT } from './columns';
import type { BudgetLine, BudgetMapping } from './types';

/** Where a budget table's rows are: its lines, the rows that are not, and where the table ends. */
export interface BudgetRows {
  readonly lines: readonly BudgetLine[];
  /** The team's total and subtotal rows among the lines, and the note row that ends the table,
   * each with the cell whose words make it so. */
  readonly excluded: readonly ExcludedRow[];
  /** The last row of the table (a line or the team's total row). */
  readonly lastRow: number;
  /** The team's own grand total row, when the table ends with one. */
  readonly teamTotal: number | null;
  /** The first row of other content below the table (a note, a parameter, another table). */
  readonly stop: number | null;
}

/** A row the sums pass over, and the cell that says why (`合计`, `备注：…`). */
export interface ExcludedRow {
  readonly row: number;
  readonly col: number;
  readonly text: string;
}

const NUMBER_ROLES = ['price', 'quantity', 'days', 'amount', 'actual'] as const;
const filled = (v: CellValue) => v !== null && v !== '';

/**
 * Reads the rows under a budget's header the way a planner laid them out: lines with their
 * category (spread down merged or blank cells, or a category alone on its row heading the lines
 * below), the team's 合计/小计 rows in any text column, and the end of the table — a note or a
 * labelled parameter, or a blank-row gap followed by anything that does not continue the lines.
 * @example budgetRows(grid, 2, mapping, { from: 0, to: 6 }).teamTotal // 11: the team's 合计 row
 */
export function budgetRows(
  grid: Grid,
  headerRow: number,
  mapping: BudgetMapping,
  span: { readonly from: number; readonly to: number },
): BudgetRows {
  const at = (row: number, role: keyof BudgetMapping): CellValue =>
    mapping[role] === undefined ? null : mergedValueAt(grid, row, mapping[role]);
  const texts = (row: number): ExcludedRow[] =>
    Array.from({ length: span.to - span.from + 1 }, (_, i) => span.from + i).flatMap((col) => {
      const v = valueAt(grid, { row, col });
      return typeof v === 'string' && v.trim() !== '' ? [{ row, col, text: v }] : [];
    });
  const hasNumber = (row: number) => NUMBER_ROLES.some((role) => filled(at(row, role)));
  const isEmpty = (row: number) => !hasNumber(row) && texts(row).length === 0;
  const end = grid.origin.row + grid.values.length;
  // After a gap, the table goes on only where lines go on: a row with a number, or a category
  // heading a row with one.
  const continues = (row: number) => hasNumber(row) || (row + 1 < end && hasNumber(row + 1));

  const lines: BudgetLine[] = [];
  const excluded: ExcludedRow[] = [];
  let category = '';
  let lastRow = headerRow;
  let teamTotal: number | null = null;
  let gap = false;
  for (let row = headerRow + 1; row < end; row++) {
    if (isEmpty(row)) {
      gap = lastRow > headerRow;
      continue;
    }
    const words = texts(row);
    const total = words.find((w) => isTotalText(w.text));
    if (total) {
      excluded.push(total);
      [lastRow, teamTotal, gap] = [row, row, false];
      continue;
    }
    const first = words[0];
    if ((first && isNoteText(first.text)) || (gap && !continues(row))) {
      const why = first ?? { row, col: span.from, text: '' };
      return { lines, excluded: [...excluded, why], lastRow, teamTotal, stop: row };
    }
    [lastRow, teamTotal, gap] = [row, null, false];
    const cat = textIn(at(row, 'category'));
    const item = textIn(at(row, 'item'));
    if (cat) category = cat;
    if (!item && !hasNumber(row)) continue;
    const notes = textIn(at(row, 'notes'));
    lines.push({ row, category, item, deposit: DEPOSIT.test(`${item} ${cat} ${notes}`) });
  }
  return { lines, excluded, lastRow, teamTotal, stop: null };
}
