import { contains, rangeAddress, type RangeBox } from '../../../core/a1';
import type { ConditionalFormat } from '../../../core/plan';
import { parseSqref } from './sqref';
import type { Worksheet } from './worksheet';
import { WORKSHEET_ORDER } from './worksheetOrder';
import { childrenNamed, createIn, insertInOrder, type Element } from './xml';

/** Removes the conditional formats whose ranges lie wholly inside a box (as Excel's clearAll). */
export function removeRulesInside(ws: Worksheet, box: RangeBox): void {
  for (const cf of childrenNamed(ws.root, 'conditionalFormatting')) {
    if (!parseSqref(cf.getAttribute('sqref') ?? '').every((b) => contains(box, b))) continue;
    // Only formula rules can be the add-in's: a team's cellIs, colour scale or data bar stays.
    for (const rule of childrenNamed(cf, 'cfRule'))
      if (rule.getAttribute('type') === 'expression') cf.removeChild(rule);
    if (childrenNamed(cf, 'cfRule').length === 0) ws.root.removeChild(cf);
  }
  ws.touch();
}

/**
 * Writes a plan's formula rules: rules inside a range the plan rules anew go first, so applying
 * twice equals once; the plan's first rule gets the top priority and the sheet's other rules keep
 * their order below.
 */
export function writeConditionalFormats(ws: Worksheet, rules: readonly ConditionalFormat[]): void {
  if (rules.length === 0) return;
  for (const cf of rules) removeRulesInside(ws, cf.range);
  compactPriorities(ws);
  for (const rule of allRules(ws))
    rule.setAttribute(
      'priority',
      String(Number(rule.getAttribute('priority') ?? 0) + rules.length),
    );
  rules.forEach((cf, i) => {
    const block = createIn(ws.root, 'conditionalFormatting', { sqref: rangeAddress(cf.range) });
    const rule = block.appendChild(
      createIn(ws.root, 'cfRule', {
        type: 'expression',
        dxfId: String(ws.styles.dxf(cf)),
        priority: String(i + 1),
      }),
    );
    rule
      .appendChild(createIn(ws.root, 'formula'))
      .appendChild(ws.root.ownerDocument!.createTextNode(cf.formula.replace(/^=/, '')));
    insertInOrder(ws.root, block, WORKSHEET_ORDER);
  });
  ws.touch();
}

/**
 * Numbers the sheet's rules 1, 2, … in their present order. Only the order means anything, but
 * without this every run would push the team's rules further down the numbers, and restore
 * (which deletes the run's rules above them) would leave them there rather than as they were.
 */
export function compactPriorities(ws: Worksheet): void {
  const rules = allRules(ws);
  const rank = (r: Element) => Number(r.getAttribute('priority') ?? 0);
  // Array.prototype.sort is stable: rules of equal priority keep the file's order.
  [...rules]
    .sort((a, b) => rank(a) - rank(b))
    .forEach((r, i) => r.setAttribute('priority', String(i + 1)));
  if (rules.length > 0) ws.touch();
}

const allRules = (ws: Worksheet): Element[] =>
  childrenNamed(ws.root, 'conditionalFormatting').flatMap((cf) => childrenNamed(cf, 'cfRule'));
