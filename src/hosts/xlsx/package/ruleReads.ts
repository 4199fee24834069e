import { contains, type RangeBox } from '../../../core/a1';
import type { ConditionalFormat, DataRule } from '../../../core/plan';
import { parseSqref } from './sqref';
import { ruleOf, validationAt } from './validations';
import type { Worksheet } from './worksheet';
import { childrenNamed, textOf } from './xml';

/**
 * The validation every cell of a range has, null for none, 'mixed' when cells differ: the backup
 * keeps one rule a range, and a range whose cells differ is the team's (never replaced).
 */
export function readValidation(ws: Worksheet, range: RangeBox): DataRule | null | 'mixed' {
  let first: DataRule | null | undefined;
  for (let r = range.row; r < range.row + range.rows; r++)
    for (let c = range.col; c < range.col + range.cols; c++) {
      const dv = validationAt(ws, { row: r, col: c });
      const rule = dv ? ruleOf(dv) : null;
      if (first === undefined) first = rule;
      else if (JSON.stringify(rule) !== JSON.stringify(first)) return 'mixed';
    }
  return first ?? null;
}

/**
 * The formula rules whose cells lie wholly inside a range, top priority first, as a plan writes
 * them: one range, the formula with its "=", the differential format's fill and font colour.
 * Rules of other kinds (colour scales, data bars, "cell value is") are left out: the add-in
 * writes none, and the plans never delete one a team made outside its own areas.
 */
export function rulesWithin(ws: Worksheet, range: RangeBox): ConditionalFormat[] {
  const found: { priority: number; rule: ConditionalFormat }[] = [];
  for (const cf of childrenNamed(ws.root, 'conditionalFormatting')) {
    const [area, ...more] = parseSqref(cf.getAttribute('sqref') ?? '');
    // A rule over several areas has no plan form (one range a rule, its formula relative to that
    // range's corner), so the backup cannot keep it; the add-in never writes one.
    if (!area || more.length > 0 || !contains(range, area)) continue;
    for (const rule of childrenNamed(cf, 'cfRule')) {
      const formula = childrenNamed(rule, 'formula')[0];
      if (rule.getAttribute('type') !== 'expression' || !formula) continue;
      const dxf = rule.getAttribute('dxfId');
      const look = dxf === null ? {} : ws.styles.dxfLook(Number(dxf));
      found.push({
        priority: Number(rule.getAttribute('priority') ?? 0),
        rule: { range: area, formula: `=${textOf(formula)}`, ...look },
      });
    }
  }
  return found.sort((a, b) => a.priority - b.priority).map((f) => f.rule);
}
