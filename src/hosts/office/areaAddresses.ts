import { parseRange, type RangeBox } from '../../core/a1';
import { splitAreas } from '../_lib/splitAreas';

/**
 * The rectangles of a RangeAreas address ("Sheet1!A1:B4, Sheet1!D1:D4"): blocks are split at the
 * commas outside a quoted sheet name, so "'a,b'!A1:B2,'Tom''s'!C3" gives two blocks.
 * @example areaBoxes("'a,b'!A1:B2, 'a,b'!D4") // [{ row: 0, col: 0, rows: 2, cols: 2 }, { row: 3, col: 3, rows: 1, cols: 1 }]
 */
export function areaBoxes(address: string): RangeBox[] {
  return splitAreas(address).map((p) => parseRange(p).box);
}
