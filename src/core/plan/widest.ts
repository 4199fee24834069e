import type { ColumnWidth } from './types';

/**
 * One width per column, the widest asked for: blocks that share a column all fit.
 * @example widest([{ col: 2, width: 10 }, { col: 2, width: 18 }]) // [{ col: 2, width: 18 }]
 */
export function widest(widths: readonly ColumnWidth[]): ColumnWidth[] {
  const byCol = new Map<number, number>();
  for (const w of widths) byCol.set(w.col, Math.max(w.width ?? 0, byCol.get(w.col) ?? 0));
  return [...byCol].map(([col, width]) => ({ col, width }));
}
