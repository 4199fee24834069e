import { rangeAddress } from '../../core/a1';
import type { SheetPlan } from '../../core/plan';
import { rangeIn } from './target';
import type { Write } from './types';

/**
 * Clears before the plan formats anew: the validations and fills of its `clearFormats` (the
 * add-in's own areas), each range once, and the formula rules found lying wholly inside its
 * rule ranges (ruleReads), one by one: `conditionalFormats.clearAll()` would also delete a
 * team's rule that only overlaps them, such as a status colour on whole rows.
 */
export function clearWrites(
  sp: SheetPlan,
  rulesInside: readonly Excel.ConditionalFormat[] = [],
): Write[] {
  const out: Write[] = rulesInside.map((rule) => ({ bytes: 60, run: () => rule.delete() }));
  const cleared = new Set<string>();
  for (const box of sp.clearFormats) {
    const key = rangeAddress(box);
    if (cleared.has(key)) continue;
    cleared.add(key);
    out.push({
      bytes: 120,
      run: (c) => {
        const r = rangeIn(c, sp.sheet, box);
        r.dataValidation.clear();
        r.format.fill.clear();
      },
    });
  }
  return out;
}
