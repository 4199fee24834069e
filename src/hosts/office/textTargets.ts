import { blockBox, type SheetPlan } from '../../core/plan';
import type { RangeBox } from '../../core/a1';

/**
 * The cells of a sheet plan's blocks that the team formatted as Text (`@`) and that receive a
 * formula, number or boolean: Excel keeps whatever is entered into a Text cell as text, so these
 * are made General before the contents land. `formatsOf` gives the formats read of a block's box.
 * Runs down a column are joined, so a Text column is one range.
 */
export function textTargets(
  sp: SheetPlan,
  formatsOf: (box: RangeBox) => readonly (readonly string[])[],
): RangeBox[] {
  const out: RangeBox[] = [];
  for (const b of sp.blocks) {
    const formats = formatsOf(blockBox(b));
    const width = Math.max(0, ...b.cells.map((r) => r.length));
    for (let j = 0; j < width; j++) {
      for (let i = 0; i < b.cells.length; i++) {
        const kind = b.cells[i]?.[j]?.kind;
        if (formats[i]?.[j] !== '@' || kind === undefined || kind === 'text' || kind === 'blank')
          continue;
        const last = out[out.length - 1];
        const at = { row: b.at.row + i, col: b.at.col + j };
        if (last && last.col === at.col && last.cols === 1 && last.row + last.rows === at.row)
          out[out.length - 1] = { ...last, rows: last.rows + 1 };
        else out.push({ ...at, rows: 1, cols: 1 });
      }
    }
  }
  return out;
}
