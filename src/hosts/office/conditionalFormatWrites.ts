import type { ConditionalFormat } from '../../core/plan';
import { jsonBytes } from './requestBudget';
import { rangeIn } from './target';
import type { Write } from './types';

/** The plan's formula rules (ExcelApi 1.6); clearWrites removed the old ones first. */
export function conditionalFormatWrites(
  sheet: string,
  rules: readonly ConditionalFormat[],
): Write[] {
  // Excel puts each added rule at the top: adding in reverse leaves the plan's first rule on top.
  return [...rules].reverse().map((cf) => ({
    bytes: jsonBytes(cf) + 60,
    run: (c) => {
      const rule = rangeIn(c, sheet, cf.range).conditionalFormats.add(
        'Custom' as Excel.ConditionalFormatType.custom,
      );
      rule.custom.rule.formula = cf.formula;
      if (cf.fill) rule.custom.format.fill.color = cf.fill;
      if (cf.fontColor) rule.custom.format.font.color = cf.fontColor;
    },
  }));
}
