import { cellAddress, type RangeBox } from '../a1';
import { sheetPlan, type Block, type ChartSpec, type InputCell, type SheetPlan } from '../plan';
import { MONEY } from '../plan/formats';
import { ALERT, NOTE_FONT, OWN_HEADER } from '../plan/palette';
import { KPI_FORMATS, KPI_LABELS, type KpiLabel } from './kpis';
import type { KpiLayout, PerRowColumns } from './types';

/** What the sales sheet gets: the cells, and how the KPI block and the per-row columns look. */
export interface SalesSheetParts {
  readonly blocks: readonly Block[];
  readonly daily: PerRowColumns;
  readonly layout: KpiLayout;
  /** The KPI block's height, blank rows included. */
  readonly blockRows: number;
  /** The rows of sales data now. */
  readonly dataRows: number;
  readonly charts: readonly ChartSpec[];
  /** The cells a person edits (roiInputs). */
  readonly inputs: readonly InputCell[];
}

/**
 * The sales sheet's plan: each figure's number format, the add-in's headers, the input cells,
 * notes in grey, a loss in red, and the regions the add-in owns.
 * @example salesSheetPlan('生意参谋', parts).owned[0] // the KPI block, three columns wide
 */
export function salesSheetPlan(sheet: string, p: SalesSheetParts): SheetPlan {
  const { top, col, rowOf, marginInput, spendInput } = p.layout;
  const owned = p.daily.columns;
  const blockBox = { row: top, col, rows: p.blockRows, cols: 3 };
  const spendRow = p.inputs.some(
    (i) => i.range.row === spendInput.row && i.range.col === spendInput.col,
  );
  const figure = (label: KpiLabel): RangeBox => ({
    row: rowOf(label),
    col: col + 1,
    rows: 1,
    cols: 1,
  });
  return {
    ...sheetPlan(sheet),
    // The block's rows change with where 总投入 comes from: a look an earlier run gave goes first.
    clearFormats: [blockBox],
    blocks: p.blocks,
    numberFormats: [
      ...p.daily.numberFormats,
      ...KPI_LABELS.flatMap((l) => {
        const format = KPI_FORMATS[l];
        return format ? [{ range: figure(l), format }] : [];
      }),
      { range: { ...marginInput, rows: 1, cols: 1 }, format: '0%' },
      ...(spendRow ? [{ range: { ...spendInput, rows: 1, cols: 1 }, format: MONEY }] : []),
    ],
    styles: [
      { range: { row: top, col, rows: 1, cols: 3 }, ...OWN_HEADER },
      ...owned.map((o) => ({ range: { row: top, col: o.col, rows: 1, cols: 1 }, ...OWN_HEADER })),
      {
        range: { row: top + 1, col: col + 2, rows: p.blockRows - 1, cols: 1 },
        fontColor: NOTE_FONT,
      },
    ],
    conditionalFormats: [
      // A loss shows red: 净利润 and 净ROI below zero.
      {
        range: { ...figure('净利润'), rows: 2 },
        formula: `=${cellAddress(figure('净利润'))}<0`,
        ...ALERT,
      },
      ...p.daily.conditionalFormats,
    ],
    inputs: p.inputs,
    columnWidths: [
      { col, width: 16 },
      { col: col + 1, width: 16 },
      { col: col + 2, width: 30 },
      ...owned.map((o) => ({ col: o.col, width: 10 })),
    ],
    owned: [
      blockBox,
      ...owned.map((o) => ({ row: top, col: o.col, rows: p.dataRows + 1, cols: 1 })),
    ],
    charts: p.charts,
    // Data, figures and chart side by side print best across the page.
    print: { landscape: true, fitToWidth: true },
  };
}
