import { rangeAddress } from '../../../core/a1';
import type { RuleOn, StyleAt } from '../../../core/plan';
import { readValidation } from './ruleReads';
import { clearValidations, writeRule } from './validations';
import type { Worksheet } from './worksheet';

/**
 * Gives each range exactly a style: its fill, font colour, weight and horizontal alignment, null
 * meaning none, automatic or General. The rest of each cell's format (number format, borders,
 * the font's name and size) stays, as restore puts back only what a run changed.
 */
export function writeExactStyles(ws: Worksheet, styles: readonly StyleAt[]): void {
  for (const { range, style } of styles)
    ws.restyle(range, {
      fill: style.fill,
      fontColor: style.fontColor,
      bold: style.bold,
      align: style.align,
    });
}

/**
 * Gives each range exactly a validation, or none: the range is taken out of every validation
 * (those reaching outside it keep their other cells), then its rule is written on it alone. A
 * range that has exactly its rule already is left as it is, so restore does not reorder (or
 * split) a team's validations the run never changed.
 */
export function writeExactRules(ws: Worksheet, rules: readonly RuleOn[]): void {
  for (const { range, rule } of rules) {
    const now = readValidation(ws, range);
    if (now !== 'mixed' && canonical(now) === canonical(rule)) continue;
    clearValidations(ws, range);
    if (rule) writeRule(ws, rangeAddress(range), rule);
  }
}

/** A value as JSON with its keys sorted, so rules read and rules decoded compare alike. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}
