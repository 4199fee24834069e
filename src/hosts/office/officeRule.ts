import { fromSerial } from '../../core/calendar/serial';
import type { DataRule, RuleOperator, RuleType } from '../../core/plan';

/** office-js's key of each kind of rule in `DataValidationRule`, and its `type` name. */
const KINDS: Record<
  Exclude<RuleType, 'any'>,
  { key: keyof Excel.DataValidationRule; type: string }
> = {
  whole: { key: 'wholeNumber', type: 'WholeNumber' },
  decimal: { key: 'decimal', type: 'Decimal' },
  date: { key: 'date', type: 'Date' },
  time: { key: 'time', type: 'Time' },
  textLength: { key: 'textLength', type: 'TextLength' },
  list: { key: 'list', type: 'List' },
  custom: { key: 'custom', type: 'Custom' },
};

const OPERATORS: Record<RuleOperator, Excel.DataValidationOperator> = {
  between: 'Between' as Excel.DataValidationOperator,
  notBetween: 'NotBetween' as Excel.DataValidationOperator,
  equal: 'EqualTo' as Excel.DataValidationOperator,
  notEqual: 'NotEqualTo' as Excel.DataValidationOperator,
  greaterThan: 'GreaterThan' as Excel.DataValidationOperator,
  lessThan: 'LessThan' as Excel.DataValidationOperator,
  greaterThanOrEqual: 'GreaterThanOrEqualTo' as Excel.DataValidationOperator,
  lessThanOrEqual: 'LessThanOrEqualTo' as Excel.DataValidationOperator,
};

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A bound as office-js takes it: a number stays a number, a formula gets its "="; a date or time
 * bound must not be a number (ExcelApi's DateTimeDataValidation takes an ISO 8601 text or a
 * formula), so a serial becomes its ISO date and time.
 */
function operand(f: string, dated: boolean): string | number {
  const n = Number(f);
  if (f.trim() === '' || Number.isNaN(n)) return `=${f}`;
  if (!dated) return n;
  if (n < 1) return `=${f}`;
  const p = fromSerial(n);
  return `${p.year}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)}`;
}

/**
 * A rule as office-js's `dataValidation.rule` takes it; null for "any value" (a prompt alone).
 * @example toOfficeRule(rateRule) // { decimal: { formula1: 0, formula2: 1, operator: 'Between' } }
 */
export function toOfficeRule(rule: DataRule): Excel.DataValidationRule | null {
  if (rule.type === 'any') return null;
  const f1 = rule.formula1 ?? '';
  if (rule.type === 'list') {
    const literal = f1.startsWith('"') && f1.endsWith('"');
    const source = literal ? f1.slice(1, -1) : `=${f1}`;
    return { list: { inCellDropDown: rule.dropDown ?? true, source } };
  }
  if (rule.type === 'custom') return { custom: { formula: `=${f1}` } };
  const dated = rule.type === 'date' || rule.type === 'time';
  const criteria = {
    formula1: operand(f1, dated),
    ...(rule.formula2 !== undefined && { formula2: operand(rule.formula2, dated) }),
    operator: OPERATORS[rule.operator ?? 'between'],
  };
  return { [KINDS[rule.type].key]: criteria };
}

/** What a loaded `dataValidation` holds, as read from office-js. */
export interface OfficeValidation {
  readonly type: string;
  readonly rule: Excel.DataValidationRule;
  readonly prompt: Excel.DataValidationPrompt;
  readonly errorAlert: Excel.DataValidationErrorAlert;
  readonly ignoreBlanks: boolean;
}

/** A bound read back ("always ... as a string formula, for example: "=10"") as the file keeps it. */
const bound = (v: unknown): string | undefined =>
  typeof v === 'string' || typeof v === 'number' ? String(v).replace(/^=/, '') : undefined;

/** The criterion of a loaded rule, by the kind its `type` names. */
function criterion(
  v: OfficeValidation,
): Pick<DataRule, 'type' | 'operator' | 'formula1' | 'formula2' | 'dropDown'> | null {
  const kind = (Object.keys(KINDS) as (keyof typeof KINDS)[]).find((k) => KINDS[k].type === v.type);
  if (v.type === 'None') return { type: 'any' };
  if (!kind) return null;
  if (kind === 'list') {
    const read = v.rule.list?.source;
    const source = typeof read === 'string' ? read : '';
    const formula1 = source.startsWith('=') ? source.slice(1) : `"${source}"`;
    return { type: 'list', formula1, dropDown: v.rule.list?.inCellDropDown ?? true };
  }
  if (kind === 'custom') return { type: 'custom', formula1: bound(v.rule.custom?.formula) ?? '' };
  const c = v.rule[KINDS[kind].key] as Excel.BasicDataValidation | undefined;
  const operator = (Object.keys(OPERATORS) as RuleOperator[]).find(
    (o) => OPERATORS[o] === c?.operator,
  );
  const formula1 = bound(c?.formula1);
  const formula2 = bound(c?.formula2);
  return {
    type: kind,
    ...(operator && { operator }),
    ...(formula1 !== undefined && { formula1 }),
    ...(formula2 !== undefined && { formula2 }),
  };
}

/**
 * The rule a cell had, as the backup keeps it; null for none. "Inconsistent" and "MixedCriteria"
 * (several rules in one range) never come from the one cell the backup reads.
 */
export function fromOffice(v: OfficeValidation): DataRule | null {
  const c = criterion(v);
  if (!c) return null;
  const rule: DataRule = {
    ...c,
    allowBlank: v.ignoreBlanks,
    ...(v.errorAlert.showAlert && {
      error: {
        style: v.errorAlert.style.toLowerCase() as 'stop',
        title: v.errorAlert.title,
        message: v.errorAlert.message,
      },
    }),
    ...(v.prompt.showPrompt && { prompt: { title: v.prompt.title, message: v.prompt.message } }),
  };
  return rule.type === 'any' && !rule.prompt ? null : rule;
}
