import { generateBudget, type BudgetResult } from '../../core/budget/generateBudget';
import { readBudget } from '../../core/budget/readBudget';
import { budgetFromNothing, STARTER_SHEET } from '../../core/budget/starter';
import type { Locale } from '../../core/issues';
import { HostError } from '../../hosts/errors';
import { sheetsReadingAs } from '../../hosts/_lib/sheetsReadingAs';
import type { WorkbookHost } from '../../hosts/types';
import { XlsxHost } from '../../hosts/xlsx/XlsxHost';
import { issuesJson, printIssues, type Io } from '../report';

export interface BudgetArgs {
  readonly input: string;
  readonly output: string;
  readonly sheet?: string;
  readonly json: boolean;
  /** Create a 预算 sheet when the workbook has no budget. */
  readonly create: boolean;
  readonly reserveRate?: number;
}

/** What `tuijin budget` does to any host before writing; throws HostError when there is no budget. */
export async function prepareBudget(
  host: WorkbookHost,
  args: Pick<BudgetArgs, 'sheet' | 'create' | 'reserveRate'>,
): Promise<BudgetResult> {
  const { names: sheets, matches } = await sheetsReadingAs(host, (g) => readBudget(g));
  const options = args.reserveRate === undefined ? {} : { reserveRate: args.reserveRate };
  let result: BudgetResult | null;
  let sheet = args.sheet;
  if (sheet !== undefined) {
    if (!sheets.includes(sheet)) {
      if (!args.create)
        throw new HostError('SHEET_NOT_FOUND', { sheet, sheets: sheets.join('、') });
      result = budgetFromNothing(options, sheet);
    } else {
      result = generateBudget((await host.readSheet(sheet))!, options);
      if (!result) throw new HostError('NO_BUDGET_SHEET', {});
    }
  } else {
    const found = matches.map((g) => g.sheet);
    if (found.length > 1)
      throw new HostError('SEVERAL_BUDGET_SHEETS', { sheets: found.join('、') });
    if (found.length === 0 && !args.create) throw new HostError('NO_BUDGET_SHEET', {});
    if (found.length === 0 && sheets.includes(STARTER_SHEET))
      throw new HostError('TEMPLATE_SHEET_EXISTS', { sheet: STARTER_SHEET });
    sheet = found[0] ?? STARTER_SHEET;
    result = matches[0] ? generateBudget(matches[0], options) : budgetFromNothing(options);
  }
  if (!result) throw new HostError('NO_BUDGET_SHEET', {});
  return result;
}

/** `tuijin budget`: formulas for the budget, or a new one with --create; exit 1 when none can be read. */
export async function budgetCommand(args: BudgetArgs, locale: Locale, io: Io): Promise<number> {
  const host = await XlsxHost.open(args.input);
  const result = await prepareBudget(host, args);
  if (args.json) {
    io.out(
      JSON.stringify(
        {
          sheet: result.budget.sheet,
          headerRow: result.budget.headerRow + 1,
          mapping: result.budget.mapping,
          lines: result.budget.lines.length,
          totals: result.totals,
          issues: issuesJson(result.issues, locale),
        },
        null,
        2,
      ),
    );
  }
  await host.apply(result.plan);
  await host.save(args.output);
  if (!args.json) printIssues(result.issues, locale, io);
  return 0;
}
