import type { CellRef, RangeBox } from '../a1';

/**
 * One cell to write. Text is always written as text: a task named `=HYPERLINK(...)` or
 * `-赠品` stays that text in every host.
 */
export type PlanCell =
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'text'; readonly value: string }
  | { readonly kind: 'boolean'; readonly value: boolean }
  | { readonly kind: 'formula'; readonly formula: string }
  | { readonly kind: 'blank' };

/** A rectangle of cells written at `at`; every row has the same length. */
export interface Block {
  readonly at: CellRef;
  readonly cells: readonly (readonly PlanCell[])[];
}

/** A number format for a whole range (`yyyy-mm-dd hh:mm`, `0.0%` …). */
export interface NumberFormat {
  readonly range: RangeBox;
  readonly format: string;
}

/** Fill, font and alignment for a range; colours are `#RRGGBB`. */
export interface Style {
  readonly range: RangeBox;
  readonly fill?: string;
  readonly fontColor?: string;
  readonly bold?: boolean;
  readonly align?: 'left' | 'center' | 'right';
}

/**
 * A conditional format: `formula` is written for the range's top-left cell with relative
 * references, as in Excel's "Use a formula to determine which cells to format".
 */
export interface ConditionalFormat {
  readonly range: RangeBox;
  readonly formula: string;
  readonly fill?: string;
  readonly fontColor?: string;
}

/** An in-cell drop-down list. */
export interface ListValidation {
  readonly range: RangeBox;
  readonly list: readonly string[];
}

/**
 * A chart of one series over cells of the sheet: GMV by day, ROI by channel. A chart of the same
 * name on the sheet is replaced, so a run applied twice leaves one chart.
 */
export interface ChartSpec {
  /** Unique on the sheet; the add-in's charts start with `推进表助手`. */
  readonly name: string;
  readonly kind: 'line' | 'column';
  readonly title: string;
  readonly seriesName: string;
  /** The category labels (dates, channel names) and the values, one column each. */
  readonly categories: RangeBox;
  readonly values: RangeBox;
  /** The cells the chart covers. */
  readonly at: RangeBox;
}

/** Column width in Excel's character units (the number the user sees in Column Width). */
export interface ColumnWidth {
  readonly col: number;
  readonly width: number;
}

/** What to write on one sheet. */
export interface SheetPlan {
  readonly sheet: string;
  /** Create the sheet when it does not exist; otherwise a missing sheet is a fault. */
  readonly createIfMissing: boolean;
  /** Hide the sheet from the tab bar (the add-in's own helper sheets). */
  readonly hidden?: boolean;
  /** Ranges whose conditional formats, validations, fills and fonts are cleared first. */
  readonly clearFormats: readonly RangeBox[];
  readonly blocks: readonly Block[];
  readonly numberFormats: readonly NumberFormat[];
  readonly styles: readonly Style[];
  readonly conditionalFormats: readonly ConditionalFormat[];
  readonly validations: readonly ListValidation[];
  readonly columnWidths: readonly ColumnWidth[];
  readonly freeze?: { readonly rows: number; readonly cols: number };
  /** Cells to merge (the sample's 阶段 column; the add-in never merges the team's cells). */
  readonly merges?: readonly RangeBox[];
  /** How the sheet prints: a Gantt reads in landscape, one page wide; `area` limits what prints. */
  readonly print?: {
    readonly landscape: boolean;
    readonly fitToWidth: boolean;
    readonly area?: RangeBox;
  };
  /** Charts to add, each replacing a chart of its name (hosts without charts leave them out). */
  readonly charts?: readonly ChartSpec[];
  /** Charts to delete by name (restore removes the charts a run added). */
  readonly removeCharts?: readonly string[];
  /** The regions the add-in owns on this sheet, so the next run knows what it may overwrite. */
  readonly owned: readonly RangeBox[];
}

/** Everything one command writes: sheets in order, and sheets to delete (used by restore). */
export interface WorkbookPlan {
  readonly sheets: readonly SheetPlan[];
  readonly deleteSheets: readonly string[];
}
