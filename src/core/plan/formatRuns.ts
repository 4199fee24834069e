import type { NumberFormat } from './types';

/**
 * Number formats for a column of cells, grouped into runs of equal format so a host sets a few
 * ranges rather than one per cell.
 * @example formatRuns(['yyyy-mm-dd', 'yyyy-mm-dd', 'yyyy-mm-dd hh:mm'], 3, 9) // two ranges
 */
export function formatRuns(
  formats: readonly string[],
  firstRow: number,
  col: number,
): NumberFormat[] {
  const out: NumberFormat[] = [];
  formats.forEach((f, i) => {
    const prev = out[out.length - 1];
    if (prev && prev.format === f)
      out[out.length - 1] = { ...prev, range: { ...prev.range, rows: prev.range.rows + 1 } };
    else out.push({ range: { row: firstRow + i, col, rows: 1, cols: 1 }, format: f });
  });
  return out;
}
