import { blank, block, formula, text, type ChartSpec, type PlanCell } from '../plan';
import { box, section, type Section } from '../targets/_lib/section';
import { cellOn } from './_lib/refs';
import { HELPERS, PANELS, RESULT, ROWS, YUAN } from './layout';
import type { ReviewSources, SalesSource, TargetSource } from './types';

/** Days the GMV chart shows at most: a campaign's weeks, not a year of exports. */
const MAX_DAYS = 60;

export const REVIEW_CHARTS = { gmv: '推进表助手·复盘GMV', roi: '推进表助手·复盘渠道ROI' } as const;

/** A day's plan: the sales sheet's 计划 column, else the 目标 sheet's day-by-day 目标销售额. */
function planOf(s: SalesSource, t: TargetSource | undefined, row: number, date: string): string {
  if (s.planCol !== null) return `=${cellOn(s.sheet, row, s.planCol)}`;
  if (t) return `=IF(ISNUMBER(${date}),SUMIFS(${t.dailyGmv},${t.dailyDates},INT(${date})),"")`;
  return '=""';
}

/** The days as the chart reads them, on the 复盘 right of the page: date, 支付金额, 计划. */
function dailyRows(s: SalesSource, t: TargetSource | undefined): PlanCell[][] {
  return s.days.slice(0, MAX_DAYS).map((row) => {
    const date = s.dateCol === null ? '""' : cellOn(s.sheet, row, s.dateCol);
    return [
      formula(`=${date}`),
      formula(`=${cellOn(s.sheet, row, s.gmvCol)}`),
      formula(planOf(s, t, row, date)),
    ];
  });
}

/**
 * Two charts under the panels: 支付金额 by day against its plan, and the channels' ROI in their
 * ranked order. The day's figures are copied (as references) beside the page, since a chart
 * reads cells of its own sheet. None without sales.
 * @example reviewCharts({ missing: [] }).specs // []
 */
export function reviewCharts(s: ReviewSources): { section: Section; specs: ChartSpec[] } {
  const sales = s.sales;
  if (!sales) return { section: section({}), specs: [] };
  const rows = dailyRows(sales, s.target);
  // Blank rows to the limit: fewer days than last time leave nothing of the last run behind.
  const padded = [
    ...rows,
    ...Array.from({ length: MAX_DAYS - rows.length }, () => [blank, blank, blank]),
  ];
  const n = Math.max(rows.length, 1);
  const col = HELPERS.daily;
  const height = ROWS.last - ROWS.charts + 1;
  // The plan series only when there is a plan: the sales sheet's 计划 column or the 目标 sheet.
  const hasPlan = sales.planCol !== null || s.target !== undefined;
  const first = RESULT.channelsColumns + 1;
  const channels = Math.min(Math.max(sales.channels?.rows.length ?? 0, 1), RESULT.channels);
  const specs: ChartSpec[] = [
    {
      name: REVIEW_CHARTS.gmv,
      kind: 'line',
      title: '每日支付金额',
      categories: box(ROWS.first, col, n),
      series: [
        { name: '支付金额', values: box(ROWS.first, col + 1, n) },
        ...(hasPlan ? [{ name: '计划', values: box(ROWS.first, col + 2, n) }] : []),
      ],
      at: { row: ROWS.charts, col: PANELS.progress, rows: height, cols: 6 },
    },
  ];
  if (sales.channels)
    specs.push({
      name: REVIEW_CHARTS.roi,
      kind: 'column',
      title: '渠道ROI（高到低）',
      categories: box(first, PANELS.result, channels),
      series: [{ name: 'ROI', values: box(first, PANELS.result + 3, channels) }],
      at: { row: ROWS.charts, col: PANELS.budget, rows: height, cols: 5 },
    });
  return {
    section: section({
      blocks: [
        block({ row: ROWS.columns, col }, [['日期', '支付金额', '计划'].map(text)]),
        block({ row: ROWS.first, col }, padded),
      ],
      numberFormats: [
        { range: box(ROWS.first, col, n), format: 'mm-dd' },
        { range: box(ROWS.first, col + 1, n, 2), format: YUAN },
      ],
    }),
    specs,
  };
}
