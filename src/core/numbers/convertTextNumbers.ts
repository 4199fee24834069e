import { cellAddress } from '../a1';
import { valueAt, type Grid } from '../grid';
import { issue, type Issue } from '../issues';
import { block, num, type Block } from '../plan';
import { parseNumberText } from './parseNumberText';

/**
 * Numbers typed or pasted as text in the given cells, turned into numbers in place (SUM would
 * skip them), each change listed as an issue; the backup keeps the text, so restore undoes it.
 * @example convertTextNumbers(grid, [5, 6, 7], [1, 5]).issues[0].code // 'NUMBER_CONVERTED'
 */
export function convertTextNumbers(
  grid: Grid,
  rows: Iterable<number>,
  cols: readonly number[],
): { blocks: Block[]; issues: Issue[] } {
  const blocks: Block[] = [];
  const issues: Issue[] = [];
  for (const row of rows) {
    for (const col of cols) {
      const v = valueAt(grid, { row, col });
      if (typeof v !== 'string' || v.trim() === '') continue;
      const n = parseNumberText(v);
      if (n === null) continue;
      blocks.push(block({ row, col }, [[num(n)]]));
      issues.push(
        issue(
          'NUMBER_CONVERTED',
          'info',
          { sheet: grid.sheet, address: cellAddress({ row, col }) },
          { text: v, value: n },
        ),
      );
    }
  }
  return { blocks, issues };
}

/** The rows from `first` to `last`, inclusive. */
export function rowSpan(first: number, last: number): number[] {
  return Array.from({ length: Math.max(0, last - first + 1) }, (_, i) => first + i);
}
