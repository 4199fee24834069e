import { cellAddress, columnLetters, quoteSheetName, type CellRef, type RangeBox } from '../a1';
import { labelledCell, lastRowWithContent, valueAt, type Grid } from '../grid';
import { findHeader } from '../grid/header';
import { issue, type Issue } from '../issues';
import { convertTextNumbers, rowSpan } from '../numbers/convertTextNumbers';
import { numberIn } from '../numbers/parseNumberText';
import {
  blank,
  block,
  formula,
  mergeSheetPlans,
  num,
  sheetPlan,
  text,
  type Block,
  type ChartSpec,
  type PlanCell,
  type SheetPlan,
  type WorkbookPlan,
} from '../plan';
import { CHART_COLS, CHART_ROWS, channelColumns, channelPlan, readChannelTable } from './channels';
import { PARAMETERS, SALES_NUMBERS, SALES_OWNED, SALES_ROLES, type SalesRole } from './columns';
import { KPI_FORMATS, KPI_LABELS, kpiFormulas, type KpiLabel } from './kpis';
import { perRowColumns } from './perRow';
import { tableRows } from './tableRows';
import { ALERT, INPUT_FILL, OWN_HEADER } from '../plan/palette';

/** A labelled cell elsewhere in the workbook the figures may refer to (a budget's 实际合计). */
export interface SpendSource {
  /** What to tell the user: `预算表“活动预算”的实际合计`. */
  readonly description: string;
  /** A reference a formula can use: `'活动预算'!$S$15`. */
  readonly ref: string;
}

export interface RoiOptions {
  /** 毛利率 given by the user (CLI --margin, task pane); else the sheet's, else an input cell. */
  readonly margin?: number;
  /** 总投入 from a budget, in the order to try: actual total, then planned total. */
  readonly spend?: readonly SpendSource[];
  /** The sheet holding the channel table, when it is not below the sales data. */
  readonly channels?: Grid;
  /** Columns the user chose in the task pane, over those found by header words. */
  readonly mapping?: Partial<Record<SalesRole, number>>;
}

/** Where 总投入 comes from, in the order tried. */
export type SpendOrigin = 'budget' | 'channels' | 'label' | 'input';
/** Where 毛利率 comes from. */
export type MarginOrigin = 'option' | 'label' | 'input';

export interface RoiResult {
  readonly sheet: string;
  readonly headerRow: number;
  readonly mapping: Partial<Record<SalesRole, number>>;
  /** The header text of each of the table's columns, and its last column. */
  readonly headers: Readonly<Record<number, string>>;
  readonly lastCol: number;
  readonly rows: number;
  readonly plan: WorkbookPlan;
  readonly issues: readonly Issue[];
  /** Where each figure's number is. */
  readonly figures: Readonly<Partial<Record<KpiLabel, string>>>;
  readonly sources: {
    readonly margin: MarginOrigin;
    readonly spend: SpendOrigin;
    readonly spendNote: string;
  };
  readonly channels: { readonly sheet: string; readonly count: number } | null;
}

/** Rows past the header the sums reach, so days appended by hand count without the add-in. */
export const SALES_ROWS = 1000;
export const GMV_CHART = '推进表助手·GMV走势';
const DEFAULT_MARGIN = 0.3;
const MONEY = '#,##0.00';

const abs = (at: CellRef) => cellAddress(at, true);

/** The header row of a sales table: 支付金额 with 访客数 or 支付买家数; null when the grid has none. */
function salesHeader(grid: Grid) {
  return findHeader(
    grid,
    SALES_ROLES,
    Object.values(SALES_OWNED),
    (m) => m.gmv !== undefined && (m.visitors !== undefined || m.buyers !== undefined),
  );
}

/**
 * Whether a sheet holds a sales table, without planning anything (choosing among sheets).
 * @example grids.filter(readsAsSales)
 */
export const readsAsSales = (grid: Grid): boolean => salesHeader(grid) !== null;

/** A label/value pair anywhere on the sheet but in the header row and the KPI block: its cell and number. */
function findParameter(
  grid: Grid,
  labels: readonly string[],
  skip: { row: number; col: number },
): { at: CellRef; value: number | null } | null {
  const found = labelledCell(grid, labels, undefined, skip);
  return found && { at: found.at, value: numberIn(found.value) };
}

/**
 * KPI and ROI formulas on an analyst's sales table: column sums over a range far past the data,
 * then 支付转化率, 客单价, 退款率, 投入产出比, 毛利, 净利润, 净ROI, 保本ROI, 盈亏平衡销售额 and
 * 目标达成率 in a block right of the table, each label with its number to the right; per-row 转化率,
 * 客单价 and 偏差 beside the data; the channel table's ROI and share of spend; a GMV chart. Numbers
 * pasted as text are turned into numbers in place. Null when the grid holds no sales table.
 * @example generateRoi(grid, { margin: 0.4 })?.figures.投入产出比
 */
export function generateRoi(grid: Grid, options: RoiOptions = {}): RoiResult | null {
  const found = salesHeader(grid);
  if (!found) return null;
  const m = { ...found.mapping, ...options.mapping };
  const col = (role: SalesRole) => m[role]!;
  const numberCols = SALES_NUMBERS.flatMap((r) => (m[r] === undefined ? [] : [m[r]]));
  const rows = tableRows(
    grid,
    found.row,
    m.date ?? col('gmv'),
    numberCols,
    { from: Math.min(...Object.keys(found.headers).map(Number)), to: found.lastCol },
    SALES_ROWS,
  );
  const { first, dataEnd, rangeEnd } = rows;
  const dataRows = rowSpan(first, dataEnd);
  const issues: Issue[] = [];
  const cellOf = (row: number, c: number) => ({
    sheet: grid.sheet,
    address: cellAddress({ row, col: c }),
  });

  const converted = convertTextNumbers(grid, dataRows, numberCols);
  issues.push(...converted.issues);
  const blocks: Block[] = [...converted.blocks];

  // Per-row 转化率, 客单价 and 偏差 beside the data, in columns the add-in owns.
  const daily = perRowColumns(grid, found, dataRows);
  blocks.push(...daily.blocks);
  issues.push(...daily.issues);
  const owned = daily.columns;
  const ownedData = (c: number): RangeBox => ({
    row: first,
    col: c,
    rows: Math.max(dataRows.length, 1),
    cols: 1,
  });

  // The channel table: below the data on this sheet, or on the sheet the caller names.
  const channelGrid = options.channels ?? grid;
  const channels = readChannelTable(
    channelGrid,
    channelGrid === grid ? dataEnd + 1 : channelGrid.origin.row,
  );
  const sameSheet = channels !== null && channels.sheet === grid.sheet;

  // The KPI block, right of the add-in's columns (and of a channel table on this sheet).
  const kCol =
    Math.max(
      found.lastCol,
      ...owned.map((o) => o.col),
      sameSheet ? channelColumns(channels).right : -1,
    ) + 2;
  const top = found.row;
  const rowOf = new Map(KPI_LABELS.map((l, i) => [l, top + 1 + i]));
  const kRef = (l: KpiLabel) => abs({ row: rowOf.get(l)!, col: kCol + 1 });
  const sumOf = (role: SalesRole) =>
    m[role] === undefined
      ? undefined
      : `SUM(${abs({ row: first, col: col(role) })}:${abs({ row: rangeEnd, col: col(role) })})`;
  const skip = { row: found.row, col: kCol };
  const marginInput = { row: top + KPI_LABELS.length + 2, col: kCol + 1 };
  const spendInput = { row: marginInput.row + 1, col: kCol + 1 };

  const marginParam =
    options.margin === undefined ? findParameter(grid, PARAMETERS.margin, skip) : null;
  const marginOrigin: MarginOrigin =
    options.margin !== undefined ? 'option' : marginParam ? 'label' : 'input';
  const margin = abs(marginParam?.at ?? marginInput);
  const kept = (at: CellRef, fallback: number) => numberIn(valueAt(grid, at)) ?? fallback;
  const marginValue = options.margin ?? marginParam?.value ?? kept(marginInput, DEFAULT_MARGIN);
  if (marginOrigin === 'input')
    issues.push(
      issue('MARGIN_MISSING', 'warning', cellOf(marginInput.row, marginInput.col), {
        cell: cellAddress(marginInput),
        rate: `${DEFAULT_MARGIN * 100}%`,
      }),
    );

  const channel = channels
    ? channelPlan(
        channelGrid,
        channels,
        `${sheetPrefix(channels.sheet, grid.sheet)}${kRef('保本ROI')}`,
        marginValue,
      )
    : null;
  const spendParam = findParameter(grid, PARAMETERS.spend, skip);
  const budget = options.spend?.[0];
  const [spendOrigin, spend, spendNote]: [SpendOrigin, string, string] = budget
    ? ['budget', budget.ref, `取自${budget.description}`]
    : channel && channels
      ? ['channels', channel.spendTotal, `取自渠道表“${channels.sheet}”的花费合计`]
      : spendParam
        ? ['label', abs(spendParam.at), `取自 ${cellAddress(spendParam.at)}`]
        : ['input', abs(spendInput), `请在 ${cellAddress(spendInput)} 填写`];
  if (spendOrigin === 'input')
    issues.push(
      issue('SPEND_MISSING', 'warning', cellOf(spendInput.row, spendInput.col), {
        cell: cellAddress(spendInput),
      }),
    );
  else if (spendOrigin !== 'label')
    issues.push(
      issue('SPEND_SOURCE', 'info', cellOf(rowOf.get('总投入')!, kCol + 1), {
        source: spendNote.replace(/^取自/, ''),
      }),
    );

  const target = findParameter(grid, PARAMETERS.target, skip);
  // A parameter pasted as text (`40%`) would make every formula over it #VALUE!: convert it too.
  const params = [marginParam, spendParam, target].flatMap((p) => (p ? [p.at] : []));
  for (const p of params) {
    const c = convertTextNumbers(grid, [p.row], [p.col]);
    blocks.push(...c.blocks);
    issues.push(...c.issues);
  }
  const targetRef = target?.value ? abs(target.at) : sumOf('plan');
  const sums = Object.fromEntries(
    (['gmv', 'visitors', 'pageViews', 'buyers', 'refund'] as const).flatMap((r) =>
      sumOf(r) ? [[r, sumOf(r)!]] : [],
    ),
  );
  const formulas = kpiFormulas(
    { sums, spend, margin, ...(targetRef && { target: targetRef }) },
    kRef,
  );
  issues.push(...zeroDenominators(grid, dataRows, m, cellOf(rowOf.get('支付转化率')!, kCol + 1)));

  const notes: Partial<Record<KpiLabel, string>> = {
    总投入: spendNote,
    保本ROI: '1 ÷ 毛利率：ROI 低于它就亏钱',
    目标达成率: target?.value ? `目标取自 ${cellAddress(target.at)}` : '目标 = 计划列合计',
  };
  const kpiRows: PlanCell[][] = [[text('活动指标'), blank, text('说明')]];
  for (const l of KPI_LABELS) {
    const f = formulas.get(l);
    kpiRows.push([
      text(l),
      f ? formula(`=${f}`) : text('—'),
      notes[l] && f ? text(notes[l]) : blank,
    ]);
  }
  kpiRows.push([blank, blank, blank]);
  // Input cells the team fills: kept as they are on the next run.
  const marginNote = {
    option: '按设置的毛利率',
    label: `取自 ${cellAddress(marginParam?.at ?? marginInput)}`,
    input: '请填写真实毛利率',
  }[marginOrigin];
  kpiRows.push([
    text('毛利率'),
    marginOrigin === 'input'
      ? num(kept(marginInput, DEFAULT_MARGIN))
      : marginOrigin === 'option'
        ? num(options.margin!)
        : formula(`=${margin}`),
    text(marginNote),
  ]);
  kpiRows.push([
    text('总投入（手填）'),
    num(kept(spendInput, 0)),
    text('没有预算表和渠道表时使用'),
  ]);
  const previousEnd = lastRowWithContent(grid, top, kCol, 3);
  while (top + kpiRows.length <= previousEnd) kpiRows.push([blank, blank, blank]);
  blocks.push(block({ row: top, col: kCol }, kpiRows));

  const figureRange = (l: KpiLabel) => ({ row: rowOf.get(l)!, col: kCol + 1, rows: 1, cols: 1 });
  const charts: ChartSpec[] =
    m.date !== undefined && dataRows.length > 0
      ? [
          {
            name: GMV_CHART,
            kind: 'line',
            title: '支付金额走势',
            seriesName: '支付金额',
            categories: ownedData(m.date),
            values: ownedData(col('gmv')),
            at: { row: top + kpiRows.length + 1, col: kCol, rows: CHART_ROWS, cols: CHART_COLS },
          },
        ]
      : [];
  const salesPlan: SheetPlan = {
    ...sheetPlan(grid.sheet),
    blocks,
    numberFormats: [
      ...daily.numberFormats,
      ...KPI_LABELS.filter((l) => KPI_FORMATS[l]).map((l) => ({
        range: figureRange(l),
        format: KPI_FORMATS[l]!,
      })),
      { range: { ...marginInput, rows: 1, cols: 1 }, format: '0%' },
      { range: { ...spendInput, rows: 1, cols: 1 }, format: MONEY },
    ],
    styles: [
      { range: { row: top, col: kCol, rows: 1, cols: 3 }, ...OWN_HEADER },
      ...owned.map((o) => ({ range: { row: top, col: o.col, rows: 1, cols: 1 }, ...OWN_HEADER })),
      { range: { row: marginInput.row, col: kCol + 1, rows: 2, cols: 1 }, fill: INPUT_FILL },
      {
        range: { row: top + 1, col: kCol + 2, rows: kpiRows.length - 1, cols: 1 },
        fontColor: '#7F7F7F',
      },
    ],
    conditionalFormats: [
      // A loss shows red: 净利润 and 净ROI below zero.
      {
        range: { row: rowOf.get('净利润')!, col: kCol + 1, rows: 2, cols: 1 },
        formula: `=${columnLetters(kCol + 1)}${rowOf.get('净利润')! + 1}<0`,
        ...ALERT,
      },
      ...daily.conditionalFormats,
    ],
    columnWidths: [
      { col: kCol, width: 16 },
      { col: kCol + 1, width: 16 },
      { col: kCol + 2, width: 30 },
      ...owned.map((o) => ({ col: o.col, width: 10 })),
    ],
    owned: [
      { row: top, col: kCol, rows: kpiRows.length, cols: 3 },
      ...owned.map((o) => ({ row: top, col: o.col, rows: dataRows.length + 1, cols: 1 })),
    ],
    charts,
    // Data, figures and chart side by side print best across the page.
    print: { landscape: true, fitToWidth: true },
  };
  const sheets = !channel
    ? [salesPlan]
    : sameSheet
      ? [mergeSheetPlans(salesPlan, channel.plan)]
      : [salesPlan, channel.plan];
  return {
    sheet: grid.sheet,
    headerRow: found.row,
    mapping: m,
    headers: found.headers,
    lastCol: found.lastCol,
    rows: dataRows.length,
    issues: [
      ...issues,
      ...(channel && channels
        ? [
            issue(
              'CHANNELS_READ',
              'info',
              {
                sheet: channels.sheet,
                address: cellAddress({
                  row: channels.header.row,
                  col: channels.header.mapping.channel!,
                }),
              },
              { sheet: channels.sheet, count: channels.channelRows.length },
            ),
            ...channel.issues,
          ]
        : []),
      issue('ROI_WRITTEN', 'info', cellOf(top, kCol), {
        figures: formulas.size,
        rows: dataRows.length,
      }),
    ],
    figures: Object.fromEntries(KPI_LABELS.filter((l) => formulas.has(l)).map((l) => [l, kRef(l)])),
    sources: { margin: marginOrigin, spend: spendOrigin, spendNote },
    channels: channels && { sheet: channels.sheet, count: channels.channelRows.length },
    plan: { sheets, deleteSheets: [] },
  };
}

/** A sheet-qualified prefix when a formula on `from` refers to `to`. */
const sheetPrefix = (from: string, to: string) => (from === to ? '' : `${quoteSheetName(to)}!`);

/** Figures whose denominator sums to 0 in the data now: they show 0 until the data is in. */
function zeroDenominators(
  grid: Grid,
  dataRows: readonly number[],
  m: Partial<Record<SalesRole, number>>,
  at: { sheet: string; address: string },
): Issue[] {
  if (dataRows.length === 0) return [];
  const sum = (role: SalesRole) =>
    m[role] === undefined
      ? null
      : dataRows.reduce((s, row) => s + (numberIn(valueAt(grid, { row, col: m[role]! })) ?? 0), 0);
  const checks: [string, SalesRole, SalesRole][] = [
    ['支付转化率', 'buyers', 'visitors'],
    ['客单价', 'gmv', 'buyers'],
    ['退款率', 'refund', 'gmv'],
  ];
  return checks
    .filter(([, numerator, denominator]) => m[numerator] !== undefined && sum(denominator) === 0)
    .map(([figure, , denominator]) =>
      issue('ZERO_DENOMINATOR', 'warning', at, {
        figure,
        denominator: SALES_ROLES.find((r) => r.role === denominator)!.words[0],
      }),
    );
}
