import type { RangeBox } from '../../core/a1';
import type { NumberFormat } from '../../core/plan';
import { jsonBytes } from './requestBudget';
import { rangeIn } from './target';
import type { Write } from './types';

/**
 * Number formats in as few writes as possible: consecutive runs down one column (a date here, a
 * date and time there) become one write of the column's formats, not one operation per run.
 * Plan order is kept, so a later format still wins where two overlap.
 */
export function numberFormatWrites(sheet: string, formats: readonly NumberFormat[]): Write[] {
  return joinRuns(formats).map((f) => ({
    bytes: jsonBytes(f.rows),
    run: (c) => void (rangeIn(c, sheet, f.box).numberFormat = f.rows),
  }));
}

function joinRuns(formats: readonly NumberFormat[]): { box: RangeBox; rows: string[][] }[] {
  const out: { box: RangeBox; rows: string[][] }[] = [];
  for (const f of formats) {
    const last = out[out.length - 1];
    const rows = Array.from({ length: f.range.rows }, () =>
      Array<string>(f.range.cols).fill(f.format),
    );
    if (
      last &&
      f.range.cols === 1 &&
      last.box.cols === 1 &&
      last.box.col === f.range.col &&
      last.box.row + last.box.rows === f.range.row
    ) {
      last.rows.push(...rows);
      last.box = { ...last.box, rows: last.box.rows + f.range.rows };
    } else out.push({ box: { ...f.range }, rows });
  }
  return out;
}
