import { rangeAddress, type RangeBox } from '../../core/a1';
import type { CellsRead } from '../types';
import { cellsOf } from './officeValues';
import { readBands, type UsedArea } from './readBands';
import { REQUEST_BUDGET_BYTES } from './requestBudget';
import { rangeIn } from './target';

/**
 * What a cell weighs in a response with its value, formula and number format: a blank General
 * cell ~20 bytes, a dated formula ~110; measured on the bench's plans, ~60 on average.
 */
const BYTES_PER_CELL = 60;

/**
 * Queues the read of what a run overwrites (contents and number formats of each range): small
 * snapshots ride along in the caller's next request; a snapshot that could pass three quarters
 * of the response budget is read after it in row bands under 4 MB (readBands), so a second run over
 * 20,000 budget lines needs a request or two more instead of failing on the web's 5 MB limit.
 * Call the answer after that request was synced.
 */
export function queueCellReads(
  context: Excel.RequestContext,
  areas: readonly UsedArea[],
): () => Promise<(sheet: string, range: RangeBox) => CellsRead> {
  const key = (sheet: string, range: RangeBox) => `${sheet}!${rangeAddress(range)}`;
  const cells = areas.reduce((n, a) => n + a.box.rows * a.box.cols, 0);
  const answer = (read: Map<string, CellsRead>) => (sheet: string, range: RangeBox) => {
    const got = read.get(key(sheet, range));
    if (!got) throw new Error(`snapshot: ${key(sheet, range)} was not read`);
    return got;
  };
  if (cells * BYTES_PER_CELL > REQUEST_BUDGET_BYTES * 0.75)
    return async () => {
      const bands = await readBands(context, areas, true);
      const read = new Map(
        areas.flatMap((a, i) => {
          const b = bands[i];
          return b ? [[key(a.sheet, a.box), cellsOf(b)] as const] : [];
        }),
      );
      return answer(read);
    };
  const ranges = areas.map((a) => {
    const r = rangeIn(context, a.sheet, a.box);
    r.load('values,formulas,numberFormat');
    return [key(a.sheet, a.box), r] as const;
  });
  return async () => answer(new Map(ranges.map(([k, r]) => [k, cellsOf(r)])));
}
