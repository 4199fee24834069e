import type { Locale } from '../../core/issues';
import { issue } from '../../core/issues';
import { generateRoi, readsAsSales, type RoiResult } from '../../core/roi/generateRoi';
import { roiSources } from '../../core/roi/workbookSources';
import { HostError } from '../../hosts/errors';
import { sheetsReadingAs } from '../../hosts/_lib/sheetsReadingAs';
import type { WorkbookHost } from '../../hosts/types';
import { XlsxHost } from '../../hosts/xlsx/XlsxHost';
import { issuesJson, printIssues, type Io } from '../report';

export interface RoiArgs {
  readonly input: string;
  readonly output: string;
  readonly sheet?: string;
  readonly margin?: number;
  readonly json: boolean;
}

/** What `tuijin roi` does to any host before writing; throws HostError when no sales table reads. */
export async function prepareRoi(
  host: WorkbookHost,
  args: Pick<RoiArgs, 'sheet' | 'margin'>,
): Promise<RoiResult> {
  const { names: sheets, matches: grids } = await sheetsReadingAs(host, () => true);
  const requested = args.sheet === undefined ? null : await host.readSheet(args.sheet);
  if (args.sheet !== undefined && !requested)
    throw new HostError('SHEET_NOT_FOUND', { sheet: args.sheet, sheets: sheets.join('、') });
  const sales = requested ? [requested] : grids.filter(readsAsSales);
  if (sales.length === 0) throw new HostError('NO_SALES_SHEET', {});
  if (sales.length > 1)
    throw new HostError('SEVERAL_SALES_SHEETS', { sheets: sales.map((g) => g.sheet).join('、') });
  const grid = sales[0]!;
  const result = generateRoi(grid, {
    ...(args.margin !== undefined && { margin: args.margin }),
    ...roiSources(grid, grids),
  });
  if (!result) throw new HostError('NO_SALES_SHEET', {});
  return result;
}

/** `tuijin roi`: KPI and ROI formulas beside the sales data, or exit 1 when none can be read. */
export async function roiCommand(args: RoiArgs, locale: Locale, io: Io): Promise<number> {
  const host = await XlsxHost.open(args.input);
  const result = await prepareRoi(host, args);
  // ExcelJS writes no charts: say so rather than leave them out silently.
  const hasCharts = result.plan.sheets.some((sp) => sp.charts?.length);
  const issues = hasCharts ? [...result.issues, issue('CHARTS_LEFT_OUT', 'info')] : result.issues;
  if (args.json) {
    const { sheet, headerRow, mapping, rows, figures, sources, channels } = result;
    io.out(
      JSON.stringify(
        {
          sheet,
          headerRow: headerRow + 1,
          mapping,
          rows,
          figures,
          sources,
          channels,
          issues: issuesJson(issues, locale),
        },
        null,
        2,
      ),
    );
  }
  await host.apply(result.plan);
  await host.save(args.output);
  if (!args.json) printIssues(issues, locale, io);
  return 0;
}
