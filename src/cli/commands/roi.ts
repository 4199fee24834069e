import { quoteSheetName, columnLetters } from '../../core/a1';
import type { Grid } from '../../core/grid';
import type { Locale } from '../../core/issues';
import { generateRoi, type SpendSource } from '../../core/roi/generateRoi';
import { HostError } from '../../hosts/errors';
import { readBudget } from '../../core/budget/readBudget';
import { sheetsReadingAs } from '../../hosts/_lib/sheetsReadingAs';
import { XlsxHost } from '../../hosts/xlsx/XlsxHost';
import { issuesJson, printIssues, type Io } from '../report';

export interface RoiArgs {
  readonly input: string;
  readonly output: string;
  readonly sheet?: string;
  readonly margin?: number;
  readonly json: boolean;
}

/** The value cell right of a label on a sheet, as an absolute reference, or null. */
function labelled(grid: Grid, label: string): string | null {
  for (let r = 0; r < grid.values.length; r++) {
    const c = grid.values[r]!.indexOf(label);
    if (c < 0) continue;
    const v = grid.values[r]![c + 1];
    const f = grid.formulas[r]![c + 1];
    if (typeof v === 'number' || f) return `${quoteSheetName(grid.sheet)}!$${columnLetters(grid.origin.col + c + 1)}$${grid.origin.row + r + 1}`;
  }
  return null;
}

/**
 * 总投入 from a budget the add-in wrote: its 实际合计 once spending is recorded, else its 合计 —
 * one live formula, so the figures follow the budget as it is filled.
 */
function budgetSpend(grids: readonly Grid[]): SpendSource[] {
  for (const g of grids) {
    const actual = labelled(g, '实际合计');
    const planned = labelled(g, '合计');
    if (!planned) continue;
    const ref = actual ? `IF(N(${actual})>0,${actual},${planned})` : planned;
    return [{ description: `预算表“${g.sheet}”的实际合计（未填实际时用合计）`, ref }];
  }
  return [];
}

/** `tuijin roi`: KPI and ROI formulas beside the sales data, or exit 1 when none can be read. */
export async function roiCommand(args: RoiArgs, locale: Locale, io: Io): Promise<number> {
  const host = await XlsxHost.open(args.input);
  const { names: sheets, matches } = await sheetsReadingAs(host, (g) => generateRoi(g));
  const requested = args.sheet === undefined ? null : await host.readSheet(args.sheet);
  if (args.sheet !== undefined && !requested) throw new HostError('SHEET_NOT_FOUND', { sheet: args.sheet, sheets: sheets.join('、') });
  const sales = requested ? [requested] : matches;
  if (sales.length === 0) throw new HostError('NO_SALES_SHEET', {});
  if (sales.length > 1) throw new HostError('SEVERAL_SALES_SHEETS', { sheets: sales.map((g) => g.sheet).join('、') });
  const grid = sales[0]!;
  const spend = budgetSpend((await sheetsReadingAs(host, (g) => readBudget(g))).matches.filter((g) => g.sheet !== grid.sheet));
  const result = generateRoi(grid, { ...(args.margin !== undefined && { margin: args.margin }), spend });
  if (!result) throw new HostError('NO_SALES_SHEET', {});
  if (args.json) {
    io.out(JSON.stringify({ sheet: result.sheet, headerRow: result.headerRow + 1, mapping: result.mapping, rows: result.rows, figures: result.figures, issues: issuesJson(result.issues, locale) }, null, 2));
  }
  await host.apply(result.plan);
  await host.save(args.output);
  if (!args.json) printIssues(result.issues, locale, io);
  return 0;
}
