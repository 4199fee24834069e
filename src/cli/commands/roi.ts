import { prepareRoi } from '../../app/roi';
import { issue, type Locale } from '../../core/issues';
import type { Io } from '../report';
import { openFiles, writePrepared, type FileArgs } from '../write';

export interface RoiArgs extends FileArgs {
  readonly sheet?: string;
  readonly margin?: number;
}

/** `tuijin roi`: KPI and ROI formulas beside the sales data, or exit 1 when none can be read. */
export async function roiCommand(args: RoiArgs, locale: Locale, io: Io): Promise<number> {
  const opened = await openFiles(args, io);
  const prepared = await prepareRoi(opened.host, {
    ...(args.sheet !== undefined && { sheet: args.sheet }),
    ...(args.margin !== undefined && { margin: args.margin }),
  });
  // ExcelJS writes no charts: say so rather than leave them out silently.
  const hasCharts = prepared.result?.plan.sheets.some((sp) => sp.charts?.length) ?? false;
  const issues = hasCharts
    ? [...prepared.issues, issue('CHARTS_LEFT_OUT', 'info')]
    : prepared.issues;
  return writePrepared(
    opened,
    { ...prepared, issues },
    args,
    ({ sheet, headerRow, mapping, rows, figures, sources, channels }) => ({
      sheet,
      headerRow: headerRow + 1,
      mapping,
      rows,
      figures,
      sources,
      channels,
    }),
    locale,
    io,
  );
}
