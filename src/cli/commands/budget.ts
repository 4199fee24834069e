import { prepareBudget } from '../../app/budget';
import type { Locale } from '../../core/issues';
import type { Io } from '../report';
import { openFiles, writePrepared, type FileArgs } from '../write';

export interface BudgetArgs extends FileArgs {
  readonly sheet?: string;
  /** Create a 预算 sheet when the workbook has no budget. */
  readonly create: boolean;
  readonly reserveRate?: number;
}

/** `tuijin budget`: formulas for the budget, or a new one with --create; exit 1 when none reads. */
export async function budgetCommand(args: BudgetArgs, locale: Locale, io: Io): Promise<number> {
  const opened = await openFiles(args, io);
  const prepared = await prepareBudget(opened.host, {
    create: args.create,
    ...(args.sheet !== undefined && { sheet: args.sheet }),
    ...(args.reserveRate !== undefined && { reserveRate: args.reserveRate }),
  });
  return writePrepared(
    opened,
    prepared,
    args,
    (r) => ({
      sheet: r.budget.sheet,
      headerRow: r.budget.headerRow + 1,
      mapping: r.budget.mapping,
      lines: r.budget.lines.length,
      totals: r.totals,
    }),
    locale,
    io,
  );
}
