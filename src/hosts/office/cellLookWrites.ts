import { lookWrites, type DataRule, type SheetPlan } from '../../core/plan';
import { toOfficeRule } from './officeRule';
import { jsonBytes } from './requestBudget';
import { rangeIn } from './target';
import type { Write } from './types';

/**
 * The plan's inputs and exact looks, one cell each, after everything else: its fill (a colour,
 * or none through `fill.clear()`, since "no fill" has no colour to set) and its only validation.
 * The validation is cleared before the rule is set: Excel refuses a rule on cells holding
 * different validations (office-js issue 2594). A fill kept as an xlsx colour reference
 * (`theme:4`, from a backup the command line wrote) has no RGB here and is cleared.
 */
export function cellLookWrites(sp: SheetPlan): Write[] {
  return lookWrites(sp).map(({ at, look }) => ({
    bytes: jsonBytes(look) + 200,
    run: (c) => {
      const r = rangeIn(c, sp.sheet, { ...at, rows: 1, cols: 1 });
      if (look.fill?.startsWith('#')) r.format.fill.color = look.fill;
      else r.format.fill.clear();
      r.dataValidation.clear();
      if (look.validation) setRule(r.dataValidation, look.validation);
    },
  }));
}

/** office-js's names of the alert styles. */
const ALERT_STYLES = {
  stop: 'Stop',
  warning: 'Warning',
  information: 'Information',
} as const satisfies Record<NonNullable<DataRule['error']>['style'], string>;

/** A rule, then its alert and prompt (an alert is on by default: a rule without one turns it off). */
export function setRule(dv: Excel.DataValidation, rule: DataRule): void {
  const criteria = toOfficeRule(rule);
  if (criteria) dv.rule = criteria;
  dv.ignoreBlanks = rule.allowBlank;
  const e = rule.error;
  dv.errorAlert = {
    showAlert: e !== undefined,
    style: ALERT_STYLES[e?.style ?? 'stop'],
    title: e?.title ?? '',
    message: e?.message ?? '',
  };
  if (rule.prompt) dv.prompt = { showPrompt: true, ...rule.prompt };
}
