import type { CellValue } from '../../grid';
import { blank, bool, num, text } from '../cells';
import type { PlanCell } from '../types';

/**
 * What a cell holds, as a plan cell that writes it back: its formula if it has one, else its value.
 * Error values are constants only as the result of a formula, so a bare one restores as blank.
 * @example snapshotCell(3, null) // { kind: 'number', value: 3 }
 */
export function snapshotCell(value: CellValue, formulaText: string | null): PlanCell {
  if (formulaText) return { kind: 'formula', formula: formulaText };
  if (typeof value === 'number') return num(value);
  if (typeof value === 'string') return value === '' ? blank : text(value);
  if (typeof value === 'boolean') return bool(value);
  return blank;
}
