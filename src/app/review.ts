import { valueAt, type Grid } from '../core/grid';
import { issue } from '../core/issues';
import { generateReview } from '../core/review/generateReview';
import { REVIEW_SHEET, REVIEW_TITLE } from '../core/review/layout';
import { reviewSources } from '../core/review/reviewSources';
import type { ReviewResult } from '../core/review/types';
import type { WorkbookHost } from '../hosts/types';
import { readTeamSheets } from './teamSheets';
import type { Prepared } from './types';

/**
 * Whether the workbook has a sheet named 复盘 that is the team's: hidden (not read), or holding
 * something without the add-in's title in A1. Never overwritten.
 */
function taken(grids: readonly Grid[], names: readonly string[]): boolean {
  if (!names.includes(REVIEW_SHEET)) return false;
  const grid = grids.find((g) => g.sheet === REVIEW_SHEET);
  if (!grid) return true;
  const empty = grid.values.every((r) => r.every((v) => v === null || v === ''));
  return !empty && valueAt(grid, { row: 0, col: 0 }) !== REVIEW_TITLE;
}

/**
 * The 复盘 sheet for a workbook's sheets: whatever of the 推进表, budget, sales and 目标 sheets it
 * has, each missing one named. Pure.
 * @example planReview(grids).result?.plan.sheets[0]?.sheet // '复盘'
 */
export function planReview(
  grids: readonly Grid[],
  names: readonly string[] = grids.map((g) => g.sheet),
): Prepared<ReviewResult> {
  if (taken(grids, names)) {
    const refusal = issue(
      'REVIEW_SHEET_TAKEN',
      'error',
      { sheet: REVIEW_SHEET },
      { sheet: REVIEW_SHEET },
    );
    return { candidates: [], result: null, issues: [refusal] };
  }
  const sources = reviewSources(grids);
  const result = generateReview(sources);
  const read = [sources.tasks, sources.budget, sources.sales].flatMap((s) => (s ? [s.sheet] : []));
  return { candidates: read, result, issues: result.issues };
}

/**
 * 活动复盘 on any host, before anything is written.
 * @example (await prepareReview(host)).result?.plan
 */
export async function prepareReview(host: WorkbookHost): Promise<Prepared<ReviewResult>> {
  const book = await readTeamSheets(host, () => true);
  return planReview(book.matches, book.names);
}
