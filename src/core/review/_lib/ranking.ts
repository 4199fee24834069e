import type { CellRef } from '../../a1';
import { blank, block, formula, text, type Block, type PlanCell } from '../../plan';
import { abs, HELPER_ROWS, helperRange, ROWS } from '../layout';

/** A list ranked by a score: its helper columns off the page and the rows shown on it. */
export interface Ranking {
  /** The helper's first column: key, rank, then one column for each value shown. */
  readonly col: number;
  /** Each item's score (a formula without "="): the larger, the higher. */
  readonly scores: readonly string[];
  /** What a score is counted in: 1 for days, 100 for yuan and fen, 10000 for a ratio. */
  readonly scale: number;
  /** Each item's values (formulas without "="), one per column shown. */
  readonly values: readonly (readonly string[])[];
  /** The helper's header over each value column, so the team can read what it holds. */
  readonly names: readonly string[];
  /** Where the first shown row goes, and how many are shown. */
  readonly at: CellRef;
  readonly shown: number;
  /** A cell holding how many items are worth showing (late tasks, lines over budget). */
  readonly limit?: string;
}

/** Items a helper ranks at most: the tie-breaker's room in each key. */
const ROOM = 1000;

/**
 * A top-N list in portable formulas, with no LARGE or SORT (not on the allow-list): each item's
 * key is a whole number, its score in the scale's units times 1000 plus a tie-breaker by position
 * (the first item highest), so no two keys are equal and COUNTIF's ">"&key criterion reads it
 * exactly; its rank is COUNTIF of keys above it plus 1, and the k-th row shown is INDEX/MATCH of
 * rank k. Not SUMPRODUCT((keys>key)*1): HyperFormula counts that as one. The helper sits right of
 * the print area, one row per item, blank below the last.
 * @example ranking({ col: 20, scores: ['B1'], scale: 1, values: [['A1']], names: ['事项'], at, shown: 5 })
 */
export function ranking(r: Ranking): Block[] {
  const n = Math.min(r.scores.length, ROOM - 1);
  const keys = helperRange(r.col, n);
  const ranks = helperRange(r.col + 1, n);
  const helper = r.scores.slice(0, n).map((score, i) => {
    const key = abs(ROWS.first + i, r.col);
    return [
      formula(`=ROUND((${score})*${r.scale},0)*${ROOM}+${ROOM - 1 - i}`),
      formula(`=COUNTIF(${keys},">"&${key})+1`),
      ...(r.values[i] ?? []).map((v) => formula(`=${v}`)),
    ];
  });
  const shown = Array.from({ length: r.shown }, (_, k) =>
    r.names.map((_, j) => {
      const pick = `IFERROR(INDEX(${helperRange(r.col + 2 + j, n)},MATCH(${k + 1},${ranks},0)),"")`;
      return formula(r.limit ? `=IF(${k + 1}>${r.limit},"",${pick})` : `=${pick}`);
    }),
  );
  // Blank rows down to the helper's limit: a shorter list clears what a longer one left there.
  const width = 2 + r.names.length;
  while (helper.length < Math.max(HELPER_ROWS, n)) helper.push(Array<PlanCell>(width).fill(blank));
  return [
    block({ row: ROWS.columns, col: r.col }, [['排序键', '名次', ...r.names].map(text)]),
    block({ row: ROWS.first, col: r.col }, helper),
    block(r.at, shown),
  ];
}
