import type { CellLook, DataRule } from '../types';

const RULE_TYPES = ['any', 'whole', 'decimal', 'date', 'time', 'textLength', 'list', 'custom'];
const OPERATORS = [
  'between',
  'notBetween',
  'equal',
  'notEqual',
  'greaterThan',
  'lessThan',
  'greaterThanOrEqual',
  'lessThanOrEqual',
];
const ALERT_STYLES = ['stop', 'warning', 'information'];

/**
 * Reads a cell's look kept by encodeBackup (its JSON). Anything else is unreadable rather than a
 * guess: a wrong guess would put a wrong rule on the team's cell.
 * @example unpackLook('{"fill":null,"validation":null}') // { fill: null, validation: null }
 */
export function unpackLook(packed: string): CellLook | { readonly unreadable: string } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(packed);
  } catch {
    return { unreadable: 'not the JSON the add-in wrote' };
  }
  if (!isRecord(parsed) || !('fill' in parsed) || !('validation' in parsed))
    return { unreadable: 'not a cell look' };
  const { fill, validation } = parsed;
  if (fill !== null && typeof fill !== 'string') return { unreadable: 'a fill of an unknown kind' };
  if (validation !== null && !isRule(validation))
    return { unreadable: 'a validation of an unknown kind' };
  return { fill, validation };
}

export const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const isText = (v: unknown) => v === undefined || typeof v === 'string';

const isTexts = (v: unknown, keys: readonly string[]) =>
  v === undefined || (isRecord(v) && keys.every((k) => typeof v[k] === 'string'));

export function isRule(v: unknown): v is DataRule {
  return (
    isRecord(v) &&
    RULE_TYPES.includes(v.type as string) &&
    (v.operator === undefined || OPERATORS.includes(v.operator as string)) &&
    isText(v.formula1) &&
    isText(v.formula2) &&
    typeof v.allowBlank === 'boolean' &&
    (v.dropDown === undefined || typeof v.dropDown === 'boolean') &&
    isTexts(v.error, ['title', 'message']) &&
    (v.error === undefined || ALERT_STYLES.includes((v.error as { style?: string }).style ?? '')) &&
    isTexts(v.prompt, ['title', 'message'])
  );
}
