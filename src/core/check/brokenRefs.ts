import { cellAddress } from '../a1';
import type { Grid } from '../grid';
import { issue } from '../issues';
import type { Finding } from './types';

/**
 * Every formula that refers to `#REF!`: a row, column or sheet it pointed at was deleted. No
 * mend: only the team knows what the formula meant (an add-in formula so broken is also found
 * by formulaDrift, which rewrites it).
 * @example brokenRefs([grid])[0]?.issue.cell // { sheet: '任务统计', address: 'B2' }
 */
export function brokenRefs(grids: readonly Grid[]): Finding[] {
  return grids.flatMap((grid) =>
    grid.formulas.flatMap((line, i) =>
      line.flatMap((f, j) => {
        if (f === null || !f.toUpperCase().includes('#REF!')) return [];
        const address = cellAddress({ row: grid.origin.row + i, col: grid.origin.col + j });
        const where = { sheet: grid.sheet, address };
        return [{ issue: issue('CHECK_REF_BROKEN', 'warning', where, { formula: f }) }];
      }),
    ),
  );
}
