import type { ListValidation, RuleOn } from '../../core/plan';
import { setRule } from './cellLookWrites';
import { jsonBytes } from './requestBudget';
import { rangeIn } from './target';
import type { Write } from './types';

/** In-cell drop-down lists (ExcelApi 1.8), each replacing the range's old rule. */
export function validationWrites(sheet: string, validations: readonly ListValidation[]): Write[] {
  return validations.map((v) => {
    const source = v.list.join(',');
    return {
      bytes: source.length + 120,
      run: (c) => {
        const r = rangeIn(c, sheet, v.range);
        r.dataValidation.clear();
        r.dataValidation.rule = { list: { inCellDropDown: true, source } };
      },
    };
  });
}

/** Ranges given exactly a validation or none (restore): cleared, then the rule they had. */
export function exactRuleWrites(sheet: string, rules: readonly RuleOn[]): Write[] {
  return rules.map(({ range, rule }) => ({
    bytes: jsonBytes(rule) + 200,
    run: (c) => {
      const dv = rangeIn(c, sheet, range).dataValidation;
      dv.clear();
      if (rule) setRule(dv, rule);
    },
  }));
}
