import {
  generateBudget,
  type BudgetOptions,
  type BudgetResult,
} from '../core/budget/generateBudget';
import { readBudget } from '../core/budget/readBudget';
import { budgetFromNothing, STARTER_SHEET } from '../core/budget/starter';
import { issue } from '../core/issues';
import type { WorkbookHost } from '../hosts/types';
import { chooseSheet, unreadable, type SheetCodes } from './chooseSheet';
import { readTeamSheets, type TeamSheets } from './teamSheets';
import type { Prepared } from './types';

/** What the user chose for 预算表: the sheet, whether a new budget may be created, the options. */
export interface BudgetChoices extends BudgetOptions {
  readonly sheet?: string;
  /** Create a 预算 sheet (named `sheet`, or 预算) when there is no budget to read. */
  readonly create?: boolean;
}

const CODES: SheetCodes = {
  unreadable: 'NO_BUDGET_SHEET',
  none: 'NO_BUDGET_SHEET',
  several: 'SEVERAL_BUDGET_SHEETS',
};

/**
 * Reads what 预算表 needs from any host: the sheets that read as a budget.
 * @example planBudget(await readBudgetBook(host), { create: true })
 */
export function readBudgetBook(host: WorkbookHost, sheet?: string): Promise<TeamSheets> {
  return readTeamSheets(host, readBudget, sheet);
}

/**
 * The budget's formulas on the chosen sheet, or a new budget when allowed and none exists; a
 * refusal issue otherwise. Pure.
 * @example planBudget(book, { reserveRate: 0.12 }).result?.totals
 */
export function planBudget(book: TeamSheets, choices: BudgetChoices): Prepared<BudgetResult> {
  const { sheet, create = false, ...options } = choices;
  const candidates = book.matches.map((g) => g.sheet);
  const created = (name?: string) => {
    const result = budgetFromNothing(options, name);
    return { candidates, result, issues: result.issues };
  };
  if (create && sheet !== undefined && !book.names.includes(sheet)) return created(sheet);
  if (create && sheet === undefined && candidates.length === 0) {
    if (!book.names.includes(STARTER_SHEET)) return created();
    const exists = issue('TEMPLATE_SHEET_EXISTS', 'error', undefined, { sheet: STARTER_SHEET });
    return { candidates, result: null, issues: [exists] };
  }
  const choice = chooseSheet(book, sheet, CODES);
  if ('refusal' in choice) return { candidates, result: null, issues: [choice.refusal] };
  const result = generateBudget(choice.grid, options);
  if (!result) return { candidates, result, issues: [unreadable(CODES, choice.grid.sheet)] };
  return { candidates, result, issues: result.issues };
}

/**
 * 预算表 on any host, before anything is written.
 * @example (await prepareBudget(host, { create: true })).result?.plan
 */
export async function prepareBudget(
  host: WorkbookHost,
  choices: BudgetChoices,
): Promise<Prepared<BudgetResult>> {
  return planBudget(await readBudgetBook(host, choices.sheet), choices);
}
