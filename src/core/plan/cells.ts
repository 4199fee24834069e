import type { PlanCell } from './types';

/**
 * A number cell.
 * @example num(0.15) // { kind: 'number', value: 0.15 }
 */
export const num = (value: number): PlanCell => ({ kind: 'number', value });

/**
 * A text cell: written as text whatever it starts with (`=`, `-`, `0012`).
 * @example text('=HYPERLINK("x")') // stays that text, never a formula
 */
export const text = (value: string): PlanCell => ({ kind: 'text', value });

/**
 * A TRUE/FALSE cell.
 * @example bool(true)
 */
export const bool = (value: boolean): PlanCell => ({ kind: 'boolean', value });

/**
 * A formula cell in Excel's invariant syntax; the leading `=` is added when missing.
 * @example formula('SUM(B2:B9)') // { kind: 'formula', formula: '=SUM(B2:B9)' }
 */
export const formula = (f: string): PlanCell => ({
  kind: 'formula',
  formula: f.startsWith('=') ? f : `=${f}`,
});

/** An empty cell: writing it clears what was there. */
export const blank: PlanCell = { kind: 'blank' };
