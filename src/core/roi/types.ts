import type { CellRef } from '../a1';
import type { Grid } from '../grid';
import type { HeaderRow } from '../grid/header';
import type { Issue } from '../issues';
import type {
  Block,
  ConditionalFormat,
  NumberFormat,
  PlanCell,
  SheetPlan,
  WorkbookPlan,
} from '../plan';
import type { ChannelRole, SalesRole } from './columns';
import type { KpiLabel, KpiRef } from './kpis';

/** A labelled cell elsewhere in the workbook the figures may refer to (a budget's 实际合计). */
export interface SpendSource {
  /** What to tell the user: `预算表“活动预算”的实际合计`. */
  readonly description: string;
  /** The budget's sheet, named in the note each language gives. */
  readonly sheet: string;
  /** A reference a formula can use: `'活动预算'!$S$15`. */
  readonly ref: string;
}

export type SalesMapping = Partial<Record<SalesRole, number>>;

export interface RoiOptions {
  /** 毛利率 given by the user (CLI --margin, task pane); else the sheet's, else an input cell. */
  readonly margin?: number;
  /** 总投入 from a budget, in the order to try: actual total, then planned total. */
  readonly spend?: readonly SpendSource[];
  /** The sheet holding the channel table, when it is not below the sales data. */
  readonly channels?: Grid;
  /** Columns the user chose in the task pane, over those found by header words. */
  readonly mapping?: SalesMapping;
}

/** Where 总投入 comes from, in the order tried. */
export type SpendOrigin = 'budget' | 'channels' | 'label' | 'input';
/** Where 毛利率 comes from. */
export type MarginOrigin = 'option' | 'label' | 'input';

export interface RoiResult {
  readonly sheet: string;
  readonly headerRow: number;
  readonly mapping: SalesMapping;
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

/** Where a table's rows are: the data found now, and how far formulas over it reach. */
export interface TableRows {
  /** First data row (0-based sheet row). */
  readonly first: number;
  /** Last row holding data now; `first - 1` when there is none. */
  readonly dataEnd: number;
  /** Last row of the table's data range, so rows appended by hand count. */
  readonly rangeEnd: number;
  /**
   * The team's row that ends the table (合计, a note, a parameter) when its key cell has text:
   * sums reach it and subtract it by that text, so a row inserted above it counts at once.
   */
  readonly stop: { readonly row: number; readonly text: string } | null;
}

/** A sales table as read: its header, its columns by role, its rows. */
export interface SalesTable {
  readonly header: HeaderRow<SalesRole>;
  /** The header's columns with the user's choice over them. */
  readonly mapping: SalesMapping;
  /** 支付金额's column: a table without one is not read as sales. */
  readonly gmvCol: number;
  /** The columns holding numbers, where text pasted is converted. */
  readonly numberCols: readonly number[];
  readonly rows: TableRows;
  /** The rows holding data now. */
  readonly dataRows: readonly number[];
}

/** The add-in's columns beside each day of sales, and what they write. */
export interface PerRowColumns {
  readonly columns: readonly {
    readonly col: number;
    readonly header: string;
    /** The cell's formula for a data row, without "=". */
    readonly f: (row: number) => string;
    readonly format: string;
  }[];
  readonly blocks: readonly Block[];
  readonly numberFormats: readonly NumberFormat[];
  readonly conditionalFormats: readonly ConditionalFormat[];
  readonly issues: readonly Issue[];
}

/** A channel table as read: its header, rows, and the rows naming a channel. */
export interface ChannelTable {
  readonly sheet: string;
  readonly header: HeaderRow<ChannelRole>;
  /** The columns a channel table cannot be read without. */
  readonly cols: { readonly channel: number; readonly spend: number; readonly gmv: number };
  readonly rows: TableRows;
  readonly channelRows: readonly number[];
}

/** Where the add-in's columns go beside a channel table, and how far right they reach. */
export interface ChannelColumns {
  readonly roiCol: number;
  readonly shareCol: number;
  /** The 保本ROI label; its value is right of it. */
  readonly labelCol: number;
  readonly chartCol: number;
  readonly right: number;
}

/** What the channel table adds to its sheet, and what the KPI block may take from it. */
export interface ChannelPlan {
  readonly plan: SheetPlan;
  readonly issues: readonly Issue[];
  /** The table's total spend, a formula a 总投入 cell can use. */
  readonly spendTotal: string;
}

/** Where the KPI block sits: its rows, its figures' cells, and its two input cells. */
export interface KpiLayout {
  /** The block's title row: the sales table's header row. */
  readonly top: number;
  /** The labels' column; each number is right of its label, each note right of that. */
  readonly col: number;
  readonly rowOf: (label: KpiLabel) => number;
  /** A figure's number, as an absolute reference. */
  readonly ref: KpiRef;
  /** Cells where parameters are not looked for: the header row and the block's own labels. */
  readonly skip: { readonly row: number; readonly col: number };
  readonly marginInput: CellRef;
  readonly spendInput: CellRef;
}

/** A label/value pair on the sheet: the value's cell and its number, if it holds one. */
export interface Parameter {
  readonly at: CellRef;
  readonly value: number | null;
}

/** Where 毛利率 comes from, and what the block's 毛利率 row shows. */
export interface MarginSource {
  readonly origin: MarginOrigin;
  /** What the formulas multiply by: the sheet's labelled cell or the block's input cell. */
  readonly ref: string;
  /** 毛利率 as a number now, to name the channels that lose money. */
  readonly value: number;
  /** The sheet's labelled 毛利率, when it was looked for and found. */
  readonly param: Parameter | null;
  readonly cell: PlanCell;
  readonly note: string;
  readonly issues: readonly Issue[];
}

/** Where 总投入 comes from. */
export interface SpendChoice {
  readonly origin: SpendOrigin;
  /** A reference or formula the 总投入 figure is. */
  readonly ref: string;
  /** What the block says about it: `取自 …` or where to fill it in. */
  readonly note: string;
  /** The sheet's labelled 总投入, when there is one (used or not). */
  readonly param: Parameter | null;
  readonly issues: readonly Issue[];
}

/** Where 销售额目标 comes from: the sheet's labelled target, else the sum of a 计划 column. */
export interface TargetSource {
  readonly param: Parameter | null;
  readonly ref: string | undefined;
  readonly note: string;
}
