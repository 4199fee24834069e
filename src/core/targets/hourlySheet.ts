import { quoteSheetName } from '../a1';
import type { Grid } from '../grid';
import type { Issue } from '../issues';
import type { HourlyCurve } from './hourlyHistory';
import { readBack } from './readBack';
import {
  block,
  formula,
  inputCell,
  num,
  sheetPlan,
  text,
  type ChartSpec,
  type SheetPlan,
} from '../plan';
import { MONEY, PERCENT } from '../plan/formats';
import { ALERT, NOTE_FONT, OWN_HEADER, TABLE_HEADER } from '../plan/palette';
import { box, FORMATS } from './_lib/section';
import { BURST_PHASE } from './defaults';
import { HOUR_SLOTS, HOURLY_PROFILE } from './hourlyProfile';
import { abs, PHASE_COLS, phaseRow, rel, TARGETS_SHEET } from './layout';
import { CHART_COLS, CHART_ROWS } from '../roi/columns';
import { GMV_CHART } from '../roi/gmvChart';

/** The 爆发日 sheet's title: also how a re-run knows the sheet is the add-in's own. */
export const HOURLY_TITLE = '爆发日分时计划（计划取自“目标”表爆发期，实际数据粘贴到 F:H）';

/** The launch-day sheet; 计算ROI reads its 计划 column beside the actuals pasted there. */
export const HOURLY_SHEET = '爆发日';

const HEAD = 2;
const FIRST = HEAD + 1;
const LAST = FIRST + HOUR_SLOTS.length - 1;
const TOTAL = LAST + 1;
// 时段 … 累计计划 are the add-in's; 访客数, 支付买家数, 支付金额 are where the team pastes actuals.
const HEADERS = ['时段', '占比', '计划', '计划访客数', '累计计划'];
const ACTUALS = ['访客数', '支付买家数', '支付金额'];
const GMV = 7;
const CUMULATIVE = 8;
const DEFAULT_NOTE = '占比为默认曲线（假设），可改为上次活动的分时占比';

/** One hour's formulas after its slot and share: 计划 from 爆发期's day, visitors, cumulative. */
function hourFormulas(row: number): string[] {
  const day = (col: number) =>
    `${quoteSheetName(TARGETS_SHEET)}!${abs(phaseRow(BURST_PHASE), col)}`;
  return [
    `${day(PHASE_COLS.dailyGmv)}*${rel(row, 1)}`,
    `${day(PHASE_COLS.dailyVisitors)}*${rel(row, 1)}`,
    `SUM(${abs(FIRST, 2)}:${rel(row, 2)})`,
  ];
}

/** 累计实际: blank until the hour's 支付金额 is pasted, so the line stops where the day is. */
const cumulativeActual = (row: number) =>
  `IF(COUNT(${rel(row, 7)})=0,"",SUM(${abs(FIRST, 7)}:${rel(row, 7)}))`;

/**
 * Each hour's 支付金额 against its 计划, right of the table. Hours, not the cumulative columns: a
 * formula's "" (an hour not yet pasted) is plotted as 0 by Excel's line charts, while the pasted
 * 支付金额 cells stay truly empty, a gap. 计算ROI on this sheet replaces it (same name).
 */
const launchChart = (): ChartSpec => ({
  name: GMV_CHART,
  kind: 'line',
  title: '爆发日分时：支付金额与计划',
  categories: box(FIRST, 0, HOUR_SLOTS.length),
  series: [
    { name: '支付金额', values: box(FIRST, GMV, HOUR_SLOTS.length) },
    { name: '计划', values: box(FIRST, 2, HOUR_SLOTS.length) },
  ],
  at: { row: HEAD, col: CUMULATIVE + 2, rows: CHART_ROWS, cols: CHART_COLS },
});

/**
 * 爆发日 hour by hour: each hour's share (a labelled default curve, inputs), its 计划 sales and
 * visitors from the 目标 sheet's 爆发 day, cumulative plan and actual, and empty 访客数 / 支付买家数
 * / 支付金额 columns for the day's figures, so 计算ROI on this sheet compares them with 计划 and
 * flags a deviation beyond ±20 % with nothing typed by hand.
 * @example hourlySheet().sheet // '爆发日'
 */
export function hourlySheet(existing?: Grid, curve?: HourlyCurve): SheetPlan & { issues: Issue[] } {
  const n = HOUR_SLOTS.length;
  // The team's own curve (typed over the default) stays on a re-run.
  const shares = HOUR_SLOTS.map((slot, i) =>
    readBack(
      existing,
      { row: FIRST + i, col: 1 },
      'rate',
      `${slot}占比`,
      (curve?.shares ?? HOURLY_PROFILE)[i] ?? 0,
    ),
  );
  const sum = (col: number) => formula(`SUM(${rel(FIRST, col)}:${rel(LAST, col)})`);
  return {
    ...sheetPlan(HOURLY_SHEET, true),
    clearFormats: [box(HEAD, 0, n + 2, HEADERS.length), box(FIRST, CUMULATIVE, n)],
    blocks: [
      block({ row: 0, col: 0 }, [
        [text('爆发日分时计划（计划取自“目标”表爆发期，实际数据粘贴到 F:H）')],
      ]),
      block({ row: 1, col: 0 }, [[text(curve?.note ?? DEFAULT_NOTE)]]),
      block({ row: HEAD, col: 0 }, [[...[...HEADERS, ...ACTUALS, '累计实际'].map(text)]]),
      block(
        { row: FIRST, col: 0 },
        HOUR_SLOTS.map((slot, i) => [
          text(slot),
          num(shares[i]?.value ?? 0),
          ...hourFormulas(FIRST + i).map(formula),
        ]),
      ),
      block(
        { row: FIRST, col: CUMULATIVE },
        HOUR_SLOTS.map((_, i) => [formula(cumulativeActual(FIRST + i))]),
      ),
      block({ row: TOTAL, col: 0 }, [[text('合计'), sum(1), sum(2), sum(3), text('')]]),
    ],
    numberFormats: [
      { range: box(FIRST, 1, n + 1), format: PERCENT },
      { range: box(FIRST, 2, n + 1), format: MONEY },
      { range: box(FIRST, 3, n + 1), format: FORMATS.count },
      { range: box(FIRST, 4, n), format: MONEY },
      { range: box(FIRST, CUMULATIVE, n), format: MONEY },
    ],
    styles: [
      { range: box(0, 0), bold: true },
      { range: box(1, 0), fontColor: NOTE_FONT },
      { range: box(HEAD, 0, 1, HEADERS.length), ...OWN_HEADER },
      { range: box(HEAD, HEADERS.length, 1, ACTUALS.length), ...TABLE_HEADER },
      { range: box(HEAD, CUMULATIVE), ...OWN_HEADER },
      { range: box(TOTAL, 0, 1, 4), bold: true },
    ],
    conditionalFormats: [
      { range: box(TOTAL, 1), formula: `=ABS(${abs(TOTAL, 1)}-1)>0.0001`, ...ALERT },
    ],
    validations: [],
    inputs: HOUR_SLOTS.map((slot, i) =>
      inputCell(
        { row: FIRST + i, col: 1 },
        'rate',
        `${slot}占比`,
        '这一小时占爆发日销售额的比例；24 小时合计应为 100%。',
      ),
    ),
    columnWidths: [
      { col: 0, width: 14 },
      ...Array.from({ length: 8 }, (_, i) => ({ col: i + 1, width: 12 })),
    ],
    freeze: { rows: HEAD + 1, cols: 1 },
    charts: [launchChart()],
    issues: shares.flatMap((r) => r.issues),
    owned: [box(0, 0, 2, 1), box(HEAD, 0, n + 2, HEADERS.length), box(HEAD, CUMULATIVE, n + 1)],
  };
}
