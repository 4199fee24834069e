import { cellAddress, type CellRef } from '../../../core/a1';
import type { CellLook } from '../../../core/plan';
import { clearValidations, ruleOf, validationAt, writeRule } from './validations';
import type { Worksheet } from './worksheet';

const one = (at: CellRef) => ({ ...at, rows: 1, cols: 1 });

/** The fill and validation of one cell. */
export function readLook(ws: Worksheet, at: CellRef): CellLook {
  const dv = validationAt(ws, at);
  return { fill: ws.styles.fillOf(ws.styleAt(at.row, at.col)), validation: dv ? ruleOf(dv) : null };
}

/** Gives one cell exactly a look: its fill (the rest of its style kept) and its validation. */
export function writeLook(ws: Worksheet, at: CellRef, look: CellLook): void {
  ws.restyle(one(at), { fill: look.fill });
  clearValidations(ws, one(at));
  if (look.validation) writeRule(ws, cellAddress(at), look.validation);
}
