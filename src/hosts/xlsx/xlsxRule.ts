import type ExcelJS from 'exceljs';
import type { DataRule } from '../../core/plan';

/** ExcelJS's model of a validation, with the kinds its typings leave out ('any', 'time'). */
type XlsxRule = Omit<ExcelJS.DataValidation, 'type'> & { type: string };

/** Excel serial days to the Date ExcelJS turns back into the same serial (UTC, no time zone). */
const serialDate = (serial: number) => new Date(Math.round((serial - 25569) * 86_400_000));
const dateSerial = (d: Date) => d.getTime() / 86_400_000 + 25569;

/**
 * A rule as ExcelJS writes it. ExcelJS writes a date rule's bounds through `new Date(…)`, so they
 * go as Dates of their serials.
 * @example toXlsxRule(rule).formulae // ['0', '1']
 */
export function toXlsxRule(rule: DataRule): ExcelJS.DataValidation {
  const formulas = [rule.formula1, rule.formula2].filter((f): f is string => f !== undefined);
  const model: XlsxRule = {
    type: rule.type,
    formulae: rule.type === 'date' ? formulas.map((f) => serialDate(Number(f))) : formulas,
    allowBlank: rule.allowBlank,
    ...(rule.operator && { operator: rule.operator }),
    ...(rule.error && {
      showErrorMessage: true,
      errorStyle: rule.error.style,
      errorTitle: rule.error.title,
      error: rule.error.message,
    }),
    ...(rule.prompt && {
      showInputMessage: true,
      promptTitle: rule.prompt.title,
      prompt: rule.prompt.message,
    }),
  };
  return model as ExcelJS.DataValidation;
}

/**
 * The rule ExcelJS read for a cell; null for none (ExcelJS reads a bare `<dataValidation>` as
 * type 'any'), and null when it could not read a bound (ExcelJS parses whole and decimal bounds
 * as numbers, so a bound that is a formula comes back NaN and cannot be written again).
 */
export function fromXlsxRule(model: ExcelJS.DataValidation | undefined): DataRule | null {
  if (!model) return null;
  const m = model as XlsxRule;
  const formulas = (m.formulae ?? []).map((f: unknown) =>
    f instanceof Date ? String(dateSerial(f)) : String(f),
  );
  if (formulas.some((f) => f === 'NaN')) return null;
  const [formula1, formula2] = formulas;
  const rule: DataRule = {
    type: m.type as DataRule['type'],
    ...(m.operator && { operator: m.operator }),
    ...(formula1 !== undefined && { formula1 }),
    ...(formula2 !== undefined && { formula2 }),
    allowBlank: m.allowBlank ?? false,
    ...(m.showErrorMessage && {
      error: {
        style: (m.errorStyle ?? 'stop') as 'stop',
        title: m.errorTitle ?? '',
        message: m.error ?? '',
      },
    }),
    ...(m.showInputMessage && {
      prompt: { title: m.promptTitle ?? '', message: m.prompt ?? '' },
    }),
  };
  return rule.type === 'any' && !rule.error && !rule.prompt ? null : rule;
}
