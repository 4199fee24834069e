import { toSerial } from '../calendar/serial';
import type { DataRule, InputKind } from './types';

/** The earliest and latest dates a milestone may be: anything outside is a typing slip. */
export const INPUT_DATES = {
  first: toSerial({ year: 2000, month: 1, day: 1 }),
  last: toSerial({ year: 2099, month: 12, day: 31 }),
} as const;

/** What one kind of input accepts, and how its refusal reads (`title` is the figure's name). */
export interface InputRule {
  readonly rule: Pick<DataRule, 'type' | 'operator' | 'formula1' | 'formula2'>;
  readonly message: (title: string) => string;
}

/**
 * The rule of each kind of input: rates from 0 to 100 %, counts whole and not negative, amounts
 * not negative, dates real dates of this century. Data, so every input of a kind refuses alike.
 */
export const INPUT_RULES: Readonly<Record<InputKind, InputRule>> = {
  rate: {
    rule: { type: 'decimal', operator: 'between', formula1: '0', formula2: '1' },
    message: (t) => `${t}是 0% 到 100% 之间的比例，例如 35%。`,
  },
  count: {
    rule: { type: 'whole', operator: 'greaterThanOrEqual', formula1: '0' },
    message: (t) => `${t}是 0 或正整数，例如 3。`,
  },
  amount: {
    rule: { type: 'decimal', operator: 'greaterThanOrEqual', formula1: '0' },
    message: (t) => `${t}是 0 或正数（单位：元），例如 50000。`,
  },
  // A multiplier or an ROI: a plain positive number with no unit (1.2 倍, ROI 4.5).
  ratio: {
    rule: { type: 'decimal', operator: 'greaterThan', formula1: '0' },
    message: (t) => `${t}是大于 0 的数，例如 1.2。`,
  },
  date: {
    rule: {
      type: 'date',
      operator: 'between',
      formula1: String(INPUT_DATES.first),
      formula2: String(INPUT_DATES.last),
    },
    message: (t) => `${t}是 2000 年到 2099 年之间的日期，例如 2026-11-11 20:00。`,
  },
};
