import { columnLetters } from '../../a1';
import { blank, block, formula, type Block, type PlanCell } from '../../plan';

/**
 * The Gantt's day row on the header row, counted by formulas from the main milestone's value cell
 * (so moving 开团 moves the days). Cells a wider Gantt of an earlier run left are blanked.
 * @example ganttHeader({ row: 2, col: 20, days: 30, stale: 0 }, { address: '$N$2', offset: 21 }).cells[0]?.[0] // { kind: 'formula', formula: '=INT($N$2)-21' }
 */
export function ganttHeader(
  at: { readonly row: number; readonly col: number; readonly days: number; readonly stale: number },
  main: { readonly address: string; readonly offset: number },
): Block {
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
  return block({ row: head, col: gcol }, [[...header, ...Array<PlanCell>(stale).fill(blank)]]);
}
