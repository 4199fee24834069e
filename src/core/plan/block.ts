import type { CellRef } from '../a1';
import type { Block, PlanCell } from './types';

/**
 * A block at a position.
 * @example block({ row: 0, col: 0 }, [[text('事项'), text('负责人')]])
 */
export function block(at: CellRef, cells: readonly (readonly PlanCell[])[]): Block {
  return { at, cells };
}
