import { cellAddress, rangeAddress, sheetRef, type RangeBox } from '../a1';
import type { Grid } from '../grid';
import { convertTextNumbers } from '../numbers/convertTextNumbers';
import { negativeSpend } from '../numbers/negativeSpend';
import { blank, block, formula, sheetPlan, text, type ChartSpec, type SheetPlan } from '../plan';
import { ALERT, NOTE_FONT, OWN_HEADER } from '../plan/palette';
import { belowBreakEven } from './belowBreakEven';
import { channelColumns } from './channelColumns';
import { channelFormulas } from './channelFormulas';
import { CHANNEL_NOTES, CHANNEL_NUMBERS, CHANNEL_OWNED, CHART_COLS, CHART_ROWS } from './columns';
import { RATE, RATIO } from './kpis';
import { roiDiffers } from './roiDiffers';
import type { ChannelColumns, ChannelPlan, ChannelTable } from './types';

export const CHANNEL_CHART = '推进表助手·渠道ROI';

/**
 * 渠道ROI = 成交金额 / 花费 and 花费占比 beside each channel, a 保本ROI cell that follows the KPI
 * block with the 说明 of both columns under it, channels below it highlighted, and a ROI chart to
 * the right. `breakEven` is the KPI block's 保本ROI cell; `margin`, when known as a number, lets the
 * issues name the channels that lose money. The export's own ROI column is compared, never written.
 * @example channelPlan(grid, table, "'生意参谋'!$K$17", 0.4).spendTotal // "SUM('推广渠道'!$B$4:$B$203)"
 */
export function channelPlan(
  grid: Grid,
  t: ChannelTable,
  breakEven: string,
  margin: number | null,
): ChannelPlan {
  const { spend } = t.cols;
  const { first, rangeEnd } = t.rows;
  const converted = convertTextNumbers(
    grid,
    t.channelRows,
    CHANNEL_NUMBERS.flatMap((r) =>
      t.header.mapping[r] === undefined ? [] : [t.header.mapping[r]],
    ),
  );
  const cols = channelColumns(t);
  const spendBox = { row: first, col: spend, rows: rangeEnd - first + 1, cols: 1 };
  return {
    spendTotal: `SUM(${sheetRef(t.sheet, spendBox, true)})`,
    issues: [
      ...converted.issues,
      ...negativeSpend(grid, t.channelRows, [spend]),
      ...belowBreakEven(grid, t, cols.roiCol, margin),
      ...roiDiffers(grid, t),
    ],
    plan: {
      ...channelSheetPlan(t, cols),
      blocks: [
        ...converted.blocks,
        ...channelFormulas(t, cols),
        block({ row: t.header.row, col: cols.labelCol }, [
          [text('保本ROI'), formula(`=${breakEven}`)],
        ]),
        block(
          { row: t.header.row + 1, col: cols.labelCol },
          channelNotes(t).map((line) => [line ? text(line) : blank]),
        ),
      ],
    },
  };
}

/**
 * The 说明 lines under 保本ROI: the directions of 渠道ROI and 花费占比, and whose the export's ROI
 * column is; always as many lines, the last '' without such a column, so none is left over.
 */
function channelNotes(t: ChannelTable): string[] {
  const col = t.header.mapping.roi;
  const header = col === undefined ? undefined : t.header.headers[col];
  return [
    ...CHANNEL_NOTES.always,
    header ? CHANNEL_NOTES.exportRoi.replace('{header}', header) : '',
  ];
}

/** Everything but the cells: formats, the highlight of channels below 保本ROI, owned ranges, chart. */
function channelSheetPlan(t: ChannelTable, cols: ChannelColumns): SheetPlan {
  const { roiCol, shareCol, labelCol } = cols;
  const top = t.header.row;
  const height = Math.max(t.rows.dataEnd, top) - top + 1;
  const ownedBox = (col: number): RangeBox => ({ row: top, col, rows: height, cols: 1 });
  const dataBox = (col: number): RangeBox => ({
    row: t.rows.first,
    col,
    rows: Math.max(height - 1, 1),
    cols: 1,
  });
  const roiBox = dataBox(roiCol);
  const roiTop = rangeAddress({ ...roiBox, rows: 1 });
  const breakEvenCell = cellAddress({ row: top, col: labelCol + 1 }, true);
  const notesBox = { row: top + 1, col: labelCol, rows: channelNotes(t).length, cols: 1 };
  return {
    ...sheetPlan(t.sheet),
    numberFormats: [
      { range: roiBox, format: RATIO },
      { range: dataBox(shareCol), format: RATE },
      { range: { row: top, col: labelCol + 1, rows: 1, cols: 1 }, format: RATIO },
    ],
    styles: [
      ...[roiCol, shareCol, labelCol].map((col) => ({
        range: { row: top, col, rows: 1, cols: 1 },
        ...OWN_HEADER,
      })),
      { range: notesBox, fontColor: NOTE_FONT },
    ],
    conditionalFormats: [
      { range: roiBox, formula: `=AND(ISNUMBER(${roiTop}),${roiTop}<${breakEvenCell})`, ...ALERT },
    ],
    // The 说明 lines run on from the 保本ROI label's column, left of the chart.
    columnWidths: [
      ...[roiCol, shareCol].map((col) => ({ col, width: 10 })),
      { col: labelCol, width: 14 },
    ],
    print: { landscape: true, fitToWidth: true },
    owned: [
      ownedBox(roiCol),
      ownedBox(shareCol),
      { row: top, col: labelCol, rows: 1, cols: 2 },
      notesBox,
    ],
    charts: channelChart(t, cols, roiBox),
  };
}

/** The ROI of each channel as columns, right of the 保本ROI cell; none without channels. */
function channelChart(t: ChannelTable, cols: ChannelColumns, roiBox: RangeBox): ChartSpec[] {
  if (t.channelRows.length === 0) return [];
  return [
    {
      name: CHANNEL_CHART,
      kind: 'column',
      title: '各渠道 ROI',
      categories: { ...roiBox, col: t.cols.channel },
      series: [{ name: CHANNEL_OWNED.roi, values: roiBox }],
      at: { row: t.header.row, col: cols.chartCol, rows: CHART_ROWS, cols: CHART_COLS },
    },
  ];
}
