import { quoteSheetName } from '../core/a1';
import { generateBudget } from '../core/budget/generateBudget';
import { readBudget } from '../core/budget/readBudget';
import { valueAt, type Grid } from '../core/grid';
import { issue } from '../core/issues';
import { readsAsSales } from '../core/roi/readsAsSales';
import { burstMilestone } from '../core/targets/burstMilestone';
import { hourlyHistory } from '../core/targets/hourlyHistory';
import { generateTargets, type TargetsResult } from '../core/targets/generateTargets';
import { HOURLY_SHEET, HOURLY_TITLE } from '../core/targets/hourlySheet';
import { TARGETS_TITLE } from '../core/targets/inputsSection';
import { TARGETS_SHEET } from '../core/targets/layout';
import type { TargetOptions } from '../core/targets/types';
import type { WorkbookHost } from '../hosts/types';
import { readTeamSheets } from './teamSheets';
import type { Prepared } from './types';

/** What the user chose for 目标拆解: figures over the workbook's history and the assumptions. */
export type TargetChoices = Pick<
  TargetOptions,
  'target' | 'aov' | 'conversion' | 'margin' | 'burstDay'
>;

/**
 * 预算总额 of the first budget as a guarded reference: blank until the budget's formulas are
 * there, so a budget not yet computed never reads as ¥0 and every plan as over budget.
 */
function budgetTotal(grids: readonly Grid[]): string | undefined {
  for (const grid of grids) {
    const at = readBudget(grid) ? generateBudget(grid)?.totals.预算总额 : undefined;
    if (at) {
      const ref = `${quoteSheetName(grid.sheet)}!${at}`;
      return `IF(COUNT(${ref})=0,"",${ref})`;
    }
  }
  return undefined;
}

/** The sheets this command writes, each with the title that marks it as the add-in's. */
const OWN_SHEETS = [
  [TARGETS_SHEET, TARGETS_TITLE],
  [HOURLY_SHEET, HOURLY_TITLE],
] as const;

/**
 * A sheet of the team's that carries the name of one this command writes: the first of 目标 and
 * 爆发日 that exists, holds something, and does not start with the add-in's title. Never
 * overwritten: the team's sheet stays theirs.
 */
function takenSheet(grids: readonly Grid[], names: readonly string[]): string | null {
  for (const [sheet, title] of OWN_SHEETS) {
    if (!names.includes(sheet)) continue;
    const grid = grids.find((g) => g.sheet === sheet);
    // A hidden sheet of that name is not read: the team's, whatever it holds.
    if (!grid) return sheet;
    const empty = grid.values.every((r) => r.every((v) => v === null || v === ''));
    if (!empty && valueAt(grid, { row: 0, col: 0 }) !== title) return sheet;
  }
  return null;
}

/**
 * The 目标 sheet for a workbook: its last campaign's sales for 客单价 and 转化率, its budget's
 * 预算总额 to check spend against, and an earlier 目标 sheet's inputs kept. Pure.
 * @example planTargets(grids, { target: 1500000 }).result?.plan
 */
export function planTargets(
  grids: readonly Grid[],
  choices: TargetChoices,
  names: readonly string[] = grids.map((g) => g.sheet),
): Prepared<TargetsResult> {
  const taken = takenSheet(grids, names);
  if (taken !== null) {
    const refusal = issue('TARGETS_SHEET_TAKEN', 'error', { sheet: taken }, { sheet: taken });
    return { candidates: [], result: null, issues: [refusal] };
  }
  // The 目标 and 爆发日 sheets are this command's own plans, not the last campaign's history.
  const team = grids.filter((g) => g.sheet !== TARGETS_SHEET && g.sheet !== HOURLY_SHEET);
  const sales = team.find(readsAsSales);
  const existing = grids.find((g) => g.sheet === TARGETS_SHEET);
  const hourly = grids.find((g) => g.sheet === HOURLY_SHEET);
  const budget = budgetTotal(team);
  const burst = burstMilestone(team);
  const curve = hourlyHistory(team);
  const result = generateTargets({
    ...choices,
    ...(sales && { sales }),
    ...(existing && { existing }),
    ...(hourly && { existingHourly: hourly }),
    ...(budget !== undefined && { budgetTotal: budget }),
    ...(curve && { hourlyCurve: curve }),
    ...(burst && choices.burstDay === undefined && { burstLink: burst }),
  });
  return { candidates: sales ? [sales.sheet] : [], result, issues: result.issues };
}

/**
 * 目标拆解 on any host, before anything is written.
 * @example (await prepareTargets(host, {})).result?.plan
 */
export async function prepareTargets(
  host: WorkbookHost,
  choices: TargetChoices,
): Promise<Prepared<TargetsResult>> {
  const book = await readTeamSheets(host, () => true);
  return planTargets(book.matches, choices, book.names);
}
