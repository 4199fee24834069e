import { contains, type RangeBox } from '../a1';
import { blockBox } from './blockBox';
import type { SheetPlan } from './types';

/**
 * The ranges whose cell contents or number formats a sheet plan changes: what a host backs up.
 * @example touchedRanges(plan.sheets[0])
 */
export function touchedRanges(sp: SheetPlan): RangeBox[] {
  const boxes = sp.blocks.map(blockBox);
  // A format inside a block's rectangle is backed up with the block's cells already.
  return [
    ...boxes,
    ...sp.numberFormats.map((f) => f.range).filter((r) => !boxes.some((b) => contains(b, r))),
  ];
}
