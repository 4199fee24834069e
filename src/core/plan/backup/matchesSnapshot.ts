import type { RangeSnapshot, CellsBefore } from './types';
import { snapshotCell } from './snapshotCell';

const GENERAL = (f: string | undefined) => (f === undefined || f === '' ? 'General' : f);

/**
 * Whether a range holds again what its snapshot kept: every cell's content and number format.
 * Lets a host check, after a rollback that failed, whether the run had changed anything at all.
 * @example matchesSnapshot(snapshot, host.readCells(snapshot.sheet, snapshot.range)) // true
 */
export function matchesSnapshot(snapshot: RangeSnapshot, now: CellsBefore): boolean {
  return snapshot.cells.every((line, i) =>
    line.every((kept, j) => {
      const cell = snapshotCell(now.values[i]?.[j] ?? null, now.formulas[i]?.[j] ?? null);
      const format = GENERAL(now.numberFormats[i]?.[j]);
      return (
        JSON.stringify(cell) === JSON.stringify(kept) &&
        format === GENERAL(snapshot.numberFormats[i]?.[j])
      );
    }),
  );
}
