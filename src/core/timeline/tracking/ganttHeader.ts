import { columnLetters } from '../../a1';
import type { Grid } from '../../grid';
import { blank, block, formula, type Block, type PlanCell } from '../../plan';

/**
 * The Gantt's day row on the header row, counted by formulas from the main milestone's value cell
 * (so moving 开团 moves the days), and a month row above it when that row is free or already the
 * add-in's. Cells a wider Gantt of an earlier run left are blanked.
 * @example ganttHeader(grid, { row: 2, col: 20, days: 30, stale: 0 }, { address: '$N$2', offset: 21 })[0]?.cells[0]?.[0] // { kind: 'formula', formula: '=INT($N$2)-21' }
 */
export function ganttHeader(
  grid: Grid,
  at: { readonly row: number; readonly col: number; readonly days: number; readonly stale: number },
  main: { readonly address: string; readonly offset: number },
): Block[] {
  const { row: head, col: gcol, days, stale } = at;
  const h = (c: number) => `${columnLetters(c)}${head + 1}`;
  const { offset } = main;
  const header: PlanCell[] = Array.from({ length: days }, (_, i) =>
    formula(
      i === 0
        ? `=INT(${main.address})${offset === 0 ? '' : offset > 0 ? `-${offset}` : `+${-offset}`}`
        : `=${h(gcol + i - 1)}+1`,
    ),
  );
  const blanks = Array<PlanCell>(stale).fill(blank);
  const blocks = [block({ row: head, col: gcol }, [[...header, ...blanks]])];
  const monthRow = head - 1;
  if (monthRow >= 0 && rowIsOurs(grid, monthRow, gcol, days + stale)) {
    const months = Array.from({ length: days }, (_, i) =>
      formula(
        i === 0
          ? `=MONTH(${h(gcol)})&"月"`
          : `=IF(DAY(${h(gcol + i)})=1,MONTH(${h(gcol + i)})&"月","")`,
      ),
    );
    blocks.push(block({ row: monthRow, col: gcol }, [[...months, ...blanks]]));
  }
  return blocks;
}

/** Whether a row's cells are empty or hold the add-in's month labels from an earlier run. */
function rowIsOurs(grid: Grid, row: number, col: number, width: number): boolean {
  const r = row - grid.origin.row;
  for (let c = col; c < col + width; c++) {
    const v = grid.values[r]?.[c - grid.origin.col] ?? null;
    const f = grid.formulas[r]?.[c - grid.origin.col] ?? null;
    if (v !== null && v !== '' && !(f && /^=(MONTH|IF\(DAY)\(/.test(f))) return false;
  }
  return true;
}
