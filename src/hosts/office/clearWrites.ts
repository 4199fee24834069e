import { rangeAddress, type RangeBox } from '../../core/a1';
import type { SheetPlan } from '../../core/plan';
import { rangeIn } from './target';
import type { Write } from './types';

/**
 * Clears before the plan formats anew: all formats in its `clearFormats`, and the rules under
 * each of its conditional formats (rules on a range are replaced, so a plan applied twice equals
 * once). Each range is cleared once.
 */
export function clearWrites(sp: SheetPlan): Write[] {
  const out: Write[] = [];
  const cleared = new Set<string>();
  const clear = (box: RangeBox, all: boolean) => {
    const key = `${rangeAddress(box)}|${all}`;
    if (cleared.has(key)) return;
    cleared.add(key);
    out.push({
      bytes: 120,
      run: (c) => {
        const r = rangeIn(c, sp.sheet, box);
        r.conditionalFormats.clearAll();
        if (all) {
          r.dataValidation.clear();
          r.format.fill.clear();
        }
      },
    });
  };
  for (const box of sp.clearFormats) clear(box, true);
  for (const cf of sp.conditionalFormats) clear(cf.range, false);
  return out;
}
