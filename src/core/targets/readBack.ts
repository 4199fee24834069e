import { cellAddress, type CellRef } from '../a1';
import { INPUT_DATES } from '../plan';
import { valueAt, type Grid } from '../grid';
import { issue, type Issue } from '../issues';
import type { InputKind } from '../plan';

/** What a kind of input may hold; the same bounds the cell's validation sets. */
const VALID: Readonly<Record<InputKind, (v: number) => boolean>> = {
  rate: (v) => v >= 0 && v <= 1,
  count: (v) => Number.isInteger(v) && v >= 0,
  amount: (v) => v >= 0,
  ratio: (v) => v > 0,
  date: (v) => v >= INPUT_DATES.first && v <= INPUT_DATES.last,
};

/** A value read back from an earlier 目标 sheet, or the fallback and why. */
export interface ReadBack<F extends number | null> {
  readonly value: number | F;
  readonly kept: boolean;
  readonly issues: readonly Issue[];
}

/**
 * The number the team left in an input cell of an earlier 目标 sheet, so a re-run keeps their
 * edits. A blank cell takes the fallback quietly (`blankOk` keeps it blank: 自然流量 has no ROI);
 * anything that is not a valid number of the kind takes the fallback with an issue naming the cell.
 * @example readBack(grid, { row: 3, col: 1 }, 'amount', '销售额目标', 1200000).value // 1500000
 */
export function readBack<F extends number | null>(
  grid: Grid | undefined,
  at: CellRef,
  kind: InputKind,
  title: string,
  fallback: F,
  blankOk = false,
): ReadBack<F> {
  if (!grid) return { value: fallback, kept: false, issues: [] };
  const v = valueAt(grid, at);
  // Only a fallback that may be null (an unpaid channel's ROI) lets a blank stand.
  if (v === null || v === '')
    return { value: blankOk ? (null as F) : fallback, kept: blankOk, issues: [] };
  if (typeof v === 'number' && VALID[kind](v)) return { value: v, kept: true, issues: [] };
  const shown = typeof v === 'object' ? v.error : String(v);
  const bad = issue(
    'TARGET_INPUT_INVALID',
    'warning',
    { sheet: grid.sheet, address: cellAddress(at) },
    { title, value: shown, fallback: fallback === null ? '' : String(fallback) },
  );
  return { value: fallback, kept: false, issues: [bad] };
}

/**
 * The text the team left in a cell (a renamed channel, the chosen scenario), or the fallback.
 * @example textBack(grid, { row: 27, col: 0 }, '淘宝客') // '淘宝联盟'
 */
export function textBack(grid: Grid | undefined, at: CellRef, fallback: string): string {
  const v = grid ? valueAt(grid, at) : null;
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : fallback;
}
