import { cellAddress, columnLetters, rangeAddress, sheetRef, type RangeBox } from '../a1';
import { labelIn, valueAt, type Grid } from '../grid';
import { findHeader, ownedColumns, type HeaderRow } from '../grid/header';
import { issue, type Issue } from '../issues';
import { convertTextNumbers, rowSpan } from '../numbers/convertTextNumbers';
import { negativeSpend } from '../numbers/negativeSpend';
import { numberIn } from '../numbers/parseNumberText';
import { blank, block, formula, sheetPlan, text, type SheetPlan } from '../plan';
import { CHANNEL_NUMBERS, CHANNEL_OWNED, CHANNEL_ROLES, type ChannelRole } from './columns';
import { tableRows, type TableRows } from './tableRows';
import { ALERT, OWN_HEADER } from '../plan/palette';

/** Rows past its header a channel table's sums reach. */
export const CHANNEL_ROWS = 200;
export const CHANNEL_CHART = '推进表助手·渠道ROI';
/** A chart's size in cells. */
export const CHART_COLS = 7;
export const CHART_ROWS = 15;

/** A channel table as read: its header, rows, and the rows naming a channel. */
export interface ChannelTable {
  readonly sheet: string;
  readonly header: HeaderRow<ChannelRole>;
  readonly rows: TableRows;
  readonly channelRows: readonly number[];
}

/**
 * The channel table of a sheet (渠道, 花费/消耗, 成交金额, 点击, 展现), looked for from `fromRow`
 * down (below a sales table on the same sheet); null when there is none.
 * @example readChannelTable(grid)?.channelRows.length // 4
 */
export function readChannelTable(grid: Grid, fromRow = grid.origin.row): ChannelTable | null {
  const header = findHeader(
    grid,
    CHANNEL_ROLES,
    Object.values(CHANNEL_OWNED),
    (m) => m.channel !== undefined && m.spend !== undefined && m.gmv !== undefined,
    grid.values.length,
    fromRow,
  );
  if (!header) return null;
  const m = header.mapping;
  const numberCols = CHANNEL_NUMBERS.flatMap((r) => (m[r] === undefined ? [] : [m[r]]));
  const rows = tableRows(
    grid,
    header.row,
    m.channel!,
    numberCols,
    { from: Math.min(...Object.values(m)), to: header.lastCol },
    CHANNEL_ROWS,
  );
  const channelRows = rowSpan(rows.first, rows.dataEnd).filter((row) => {
    const name = valueAt(grid, { row, col: m.channel! });
    return name !== null && name !== '';
  });
  return { sheet: grid.sheet, header, rows, channelRows };
}

/**
 * Where the add-in's columns go beside a channel table: 渠道ROI and 花费占比 where an earlier run
 * put them, else right of the table; then the 保本ROI label and its value.
 */
export function channelColumns(t: ChannelTable): {
  roiCol: number;
  shareCol: number;
  labelCol: number;
  chartCol: number;
  right: number;
} {
  const own = ownedColumns(t.header);
  const roiCol = own(CHANNEL_OWNED.roi);
  const shareCol = own(CHANNEL_OWNED.share);
  const labelCol = Math.max(roiCol, shareCol) + 1;
  return { roiCol, shareCol, labelCol, chartCol: labelCol + 3, right: labelCol + 3 + CHART_COLS };
}

/** What the channel table adds to its sheet, and what the KPI block may take from it. */
export interface ChannelPlan {
  readonly plan: SheetPlan;
  readonly issues: readonly Issue[];
  /** The table's total spend, a formula a 总投入 cell can use. */
  readonly spendTotal: string;
}

/**
 * 渠道ROI = 成交金额 / 花费 and 花费占比 beside each channel, a 保本ROI cell that follows the KPI
 * block, channels below it highlighted, and a ROI chart to the right. `breakEven` is the KPI block's 保本ROI
 * cell; `margin`, when known as a number, lets the issues name the channels that lose money.
 */
export function channelPlan(
  grid: Grid,
  t: ChannelTable,
  breakEven: string,
  margin: number | null,
): ChannelPlan {
  const m = t.header.mapping;
  const { first, rangeEnd } = t.rows;
  const issues: Issue[] = [];
  const converted = convertTextNumbers(
    grid,
    t.channelRows,
    CHANNEL_NUMBERS.flatMap((r) => (m[r] === undefined ? [] : [m[r]])),
  );
  issues.push(...converted.issues, ...negativeSpend(grid, t.channelRows, [m.spend!]));

  const { roiCol, shareCol, labelCol, chartCol } = channelColumns(t);
  const at = (col: number, row: number) => `${columnLetters(col)}${row + 1}`;
  const spendRange = `$${columnLetters(m.spend!)}$${first + 1}:$${columnLetters(m.spend!)}$${rangeEnd + 1}`;
  const breakEvenCell = `$${columnLetters(labelCol + 1)}$${t.header.row + 1}`;

  const span = rowSpan(t.header.row, Math.max(t.rows.dataEnd, t.header.row));
  const chosen = new Set(t.channelRows);
  const cells = span.map((row) => {
    if (row === t.header.row) return [text(CHANNEL_OWNED.roi), text(CHANNEL_OWNED.share)];
    if (!chosen.has(row)) return [blank, blank];
    const spend = at(m.spend!, row);
    return [
      formula(`=IF(N(${spend})=0,"",N(${at(m.gmv!, row)})/${spend})`),
      formula(`=IFERROR(N(${spend})/SUM(${spendRange}),"")`),
    ];
  });
  const ownedBox = (col: number): RangeBox => ({
    row: t.header.row,
    col,
    rows: span.length,
    cols: 1,
  });
  const dataBox = (col: number): RangeBox => ({
    row: first,
    col,
    rows: Math.max(span.length - 1, 1),
    cols: 1,
  });

  if (margin !== null && margin > 0) {
    for (const row of t.channelRows) {
      const spend = numberIn(valueAt(grid, { row, col: m.spend! }));
      const gmv = numberIn(valueAt(grid, { row, col: m.gmv! })) ?? 0;
      if (!spend || gmv / spend >= 1 / margin) continue;
      issues.push(
        issue(
          'CHANNEL_BELOW_BREAK_EVEN',
          'warning',
          { sheet: t.sheet, address: cellAddress({ row, col: roiCol }) },
          {
            channel: labelIn(valueAt(grid, { row, col: m.channel! })),
            roi: (gmv / spend).toFixed(2),
            breakEven: (1 / margin).toFixed(2),
          },
        ),
      );
    }
  }

  const roiBox = dataBox(roiCol);
  return {
    spendTotal: `SUM(${sheetRef(t.sheet, { row: first, col: m.spend!, rows: rangeEnd - first + 1, cols: 1 }, true)})`,
    issues,
    plan: {
      ...sheetPlan(t.sheet),
      blocks: [
        ...converted.blocks,
        ...[roiCol, shareCol].map((col, i) =>
          block(
            { row: t.header.row, col },
            cells.map((r) => [r[i]!]),
          ),
        ),
        block({ row: t.header.row, col: labelCol }, [[text('保本ROI'), formula(`=${breakEven}`)]]),
      ],
      numberFormats: [
        { range: roiBox, format: '0.00' },
        { range: dataBox(shareCol), format: '0.0%' },
        { range: { row: t.header.row, col: labelCol + 1, rows: 1, cols: 1 }, format: '0.00' },
      ],
      styles: [
        ...[roiCol, shareCol, labelCol].map((col) => ({
          range: { row: t.header.row, col, rows: 1, cols: 1 },
          ...OWN_HEADER,
        })),
      ],
      conditionalFormats: [
        {
          range: roiBox,
          formula: `=AND(ISNUMBER(${rangeAddress({ ...roiBox, rows: 1 })}),${rangeAddress({ ...roiBox, rows: 1 })}<${breakEvenCell})`,
          ...ALERT,
        },
      ],
      columnWidths: [
        { col: roiCol, width: 10 },
        { col: shareCol, width: 10 },
        { col: labelCol, width: 10 },
      ],
      print: { landscape: true, fitToWidth: true },
      owned: [
        ownedBox(roiCol),
        ownedBox(shareCol),
        { row: t.header.row, col: labelCol, rows: 1, cols: 2 },
      ],
      charts:
        t.channelRows.length > 0
          ? [
              {
                name: CHANNEL_CHART,
                kind: 'column',
                title: '各渠道 ROI',
                seriesName: CHANNEL_OWNED.roi,
                categories: { ...roiBox, col: m.channel! },
                values: roiBox,
                at: { row: t.header.row, col: chartCol, rows: CHART_ROWS, cols: CHART_COLS },
              },
            ]
          : [],
    },
  };
}
