import { contains, rangeAddress, type RangeBox } from '../../../core/a1';
import type { ConditionalFormat } from '../../../core/plan';
import { parseSqref } from './sqref';
import type { Worksheet } from './worksheet';
import { WORKSHEET_ORDER } from './worksheetOrder';
import { childrenNamed, createIn, insertInOrder, type Element } from './xml';

/** Removes the conditional formats whose ranges lie wholly inside a box (as Excel's clearAll). */
export function removeRulesInside(ws: Worksheet, box: RangeBox): void {
  for (const cf of childrenNamed(ws.root, 'conditionalFormatting'))
    if (parseSqref(cf.getAttribute('sqref') ?? '').every((b) => contains(box, b)))
      ws.root.removeChild(cf);
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

const allRules = (ws: Worksheet): Element[] =>
  childrenNamed(ws.root, 'conditionalFormatting').flatMap((cf) => childrenNamed(cf, 'cfRule'));
