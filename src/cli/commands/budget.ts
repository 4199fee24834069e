import { prepareBudget } from '../../app/budget';
import type { Locale } from '../../core/issues';
import { XlsxHost } from '../../hosts/xlsx/XlsxHost';
import type { Io } from '../report';
import { writePrepared, type FileArgs } from '../write';

export interface BudgetArgs extends FileArgs {
  readonly sheet?: string;
  /** Create a 预算 sheet when the workbook has no budget. */
  readonly create: boolean;
  readonly reserveRate?: number;
}

/** `tuijin budget`: formulas for the budget, or a new one with --create; exit 1 when none reads. */
export async function budgetCommand(args: BudgetArgs, locale: Locale, io: Io): Promise<number> {
  const host = await XlsxHost.open(args.input);
  const prepared = await prepareBudget(host, {
    create: args.create,
    ...(args.sheet !== undefined && { sheet: args.sheet }),
    ...(args.reserveRate !== undefined && { reserveRate: args.reserveRate }),
  });
  return writePrepared(
    host,
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
