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

/**
 * Everything a cell's style holds that the add-in ever sets, exactly: no fill (null), the
 * automatic font colour (null), bold or not, and the alignment (null: Excel's General). The
 * backup keeps it for each cell a run styles, and restore writes it back as it was.
 */
export interface CellStyle {
  readonly fill: string | null;
  readonly fontColor: string | null;
  readonly bold: boolean;
  readonly align: 'left' | 'center' | 'right' | null;
}

/** A range given exactly one CellStyle (restore uses it). */
export interface StyleAt {
  readonly range: RangeBox;
  readonly style: CellStyle;
}

/** A range given exactly a validation, or none (restore puts back what a range had). */
export interface RuleOn {
  readonly range: RangeBox;
  readonly rule: DataRule | null;
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

/** What a person types into an input cell; each kind has one rule (see `inputLook`). */
export type InputKind = 'rate' | 'count' | 'amount' | 'ratio' | 'date';

/**
 * A cell the add-in expects a person to edit: a milestone date, a rate, a limit, a target. Every
 * host gives it the one INPUT look and a data validation that refuses what cannot be right, with
 * `message` as its error and `drives` as its input prompt. The explanation is the validation's
 * prompt rather than a note or comment: it travels in the validation the cell needs anyway
 * (ExcelApi 1.8, `<dataValidation prompt>` in the file), it shows when the cell is selected in
 * Excel desktop, web and Mac, WPS and LibreOffice, and restore takes it back with the rule. Notes
 * need ExcelApi 1.18, and threaded comments are a conversation with an author, not a label.
 */
export interface InputCell {
  readonly range: RangeBox;
  readonly kind: InputKind;
  /** The figure's name, the prompt's and the error's title (Excel keeps at most 32 characters). */
  readonly title: string;
  /** What the value drives, shown when the cell is selected (at most 255 characters). */
  readonly drives: string;
  /** Why a value was refused, in Chinese (at most 224 characters). */
  readonly message: string;
}

/** The criterion of a data validation, as the xlsx file names it (`any` is Excel's "Any value"). */
export type RuleType =
  'any' | 'whole' | 'decimal' | 'date' | 'time' | 'textLength' | 'list' | 'custom';

export type RuleOperator =
  | 'between'
  | 'notBetween'
  | 'equal'
  | 'notEqual'
  | 'greaterThan'
  | 'lessThan'
  | 'greaterThanOrEqual'
  | 'lessThanOrEqual';

/**
 * A data validation of any kind, as the file keeps it (`<dataValidation>`): formulas without "=",
 * dates as serials, a list as `"a,b"` or a range. Inputs use it, and restore puts back whatever
 * rule a team's cell had.
 */
export interface DataRule {
  readonly type: RuleType;
  /** For whole, decimal, date, time and textLength. */
  readonly operator?: RuleOperator;
  readonly formula1?: string;
  readonly formula2?: string;
  readonly allowBlank: boolean;
  /** A list's in-cell drop-down (true unless the team turned it off). */
  readonly dropDown?: boolean;
  /** The alert on a refused value; none when the rule lets any value in silently. */
  readonly error?: {
    readonly style: 'stop' | 'warning' | 'information';
    readonly title: string;
    readonly message: string;
  };
  /** The message shown when the cell is selected. */
  readonly prompt?: { readonly title: string; readonly message: string };
}

/**
 * What an input changes on a cell, and what restore puts back: its fill (`#RRGGBB`, or an
 * xlsx colour reference `theme:4:0.6` / `indexed:13`; null for none) and its validation.
 */
export interface CellLook {
  readonly fill: string | null;
  readonly validation: DataRule | null;
}

/** A cell given exactly this look (restore writes the looks input cells had before a run). */
export interface LookAt {
  readonly at: CellRef;
  readonly look: CellLook;
}

/** One line or set of columns of a chart: its legend name and its values, one column of cells. */
export interface ChartSeries {
  readonly name: string;
  readonly values: RangeBox;
}

/**
 * A chart over cells of the sheet: GMV by day, ROI by channel, cumulative plan against actual. A
 * chart of the same name on the sheet is replaced, so a run applied twice leaves one chart.
 */
export interface ChartSpec {
  /** Unique on the sheet; the add-in's charts start with `推进表助手`. */
  readonly name: string;
  readonly kind: 'line' | 'column';
  readonly title: string;
  /** The category labels (dates, hours, channel names), one column, shared by every series. */
  readonly categories: RangeBox;
  /** With several series the chart shows a legend naming them. */
  readonly series: readonly [ChartSeries, ...ChartSeries[]];
  /** The cells the chart covers. */
  readonly at: RangeBox;
}

/**
 * Column width in Excel's character units (the number the user sees in Column Width); null puts
 * the sheet's standard width back (restore, for a column the team never sized).
 */
export interface ColumnWidth {
  readonly col: number;
  readonly width: number | null;
}

/**
 * A paper as office-js names it (`Excel.PaperType`, ExcelApi 1.9); the same 41 sizes are codes
 * 1–41 of the file's `<pageSetup paperSize>` (ECMA-376 Part 1, pageSetup).
 */
export type Paper =
  | 'letter' | 'letterSmall' | 'tabloid' | 'ledger' | 'legal' | 'statement' | 'executive'
  | 'a3' | 'a4' | 'a4Small' | 'a5' | 'b4' | 'b5' | 'folio' | 'quatro' | 'paper10x14'
  | 'paper11x17' | 'note' | 'envelope9' | 'envelope10' | 'envelope11' | 'envelope12'
  | 'envelope14' | 'csheet' | 'dsheet' | 'esheet' | 'envelopeDL' | 'envelopeC5' | 'envelopeC3'
  | 'envelopeC4' | 'envelopeC6' | 'envelopeC65' | 'envelopeB4' | 'envelopeB5' | 'envelopeB6'
  | 'envelopeItaly' | 'envelopeMonarch' | 'envelopePersonal' | 'fanfoldUS' | 'fanfoldStdGerman'
  | 'fanfoldLegalGerman'; // prettier-ignore

/** Rows or columns, 0-based and inclusive. */
export interface Span {
  readonly first: number;
  readonly last: number;
}

/**
 * How a sheet prints. Restore gives back each part exactly as the sheet had it, so every part
 * but orientation and fit can also say "none" (null) or be left out (the sheet keeps its own).
 */
export interface PrintSetup {
  readonly landscape: boolean;
  /** One page wide (Excel's 调整为 1 页宽); false prints at 100 %. */
  readonly fitToWidth: boolean;
  /** What prints; null removes the print area (the sheet prints whole). */
  readonly area?: RangeBox | null;
  /**
   * The paper; null is the application's default paper (a file without `paperSize`, which
   * LibreOffice and WPS print on the locale's paper), absent leaves the sheet's own.
   */
  readonly paper?: Paper | null;
  /** Rows repeated at the top of every printed page (打印标题 顶端标题行); null removes them. */
  readonly titleRows?: Span | null;
  /** Columns repeated at the left of every printed page (左端标题列); null removes them. */
  readonly titleCols?: Span | null;
  /**
   * Manual page breaks before these 0-based columns, ascending: the sheet's manual column
   * breaks become exactly these ([] removes them all). Absent leaves them as they are.
   */
  readonly colBreaks?: readonly number[];
}

/** What to write on one sheet. */
export interface SheetPlan {
  readonly sheet: string;
  /** Create the sheet when it does not exist; otherwise a missing sheet is a fault. */
  readonly createIfMissing: boolean;
  /**
   * Shows or hides the sheet, as Excel names it (`Excel.SheetVisibility`, the file's
   * `<sheet state>`): `veryHidden` for the add-in's own data (only code shows it again),
   * `hidden` for a helper a team may unhide and extend (取消隐藏). Hidden sheets of either kind
   * are skipped when the whole workbook prints, in Excel and LibreOffice. Absent: as it is.
   */
  readonly visibility?: 'visible' | 'hidden' | 'veryHidden';
  /** Ranges whose conditional formats, validations, fills and fonts are cleared first. */
  readonly clearFormats: readonly RangeBox[];
  readonly blocks: readonly Block[];
  readonly numberFormats: readonly NumberFormat[];
  readonly styles: readonly Style[];
  readonly conditionalFormats: readonly ConditionalFormat[];
  /**
   * Rules lying wholly inside these ranges are deleted before the plan's rules are added, as are
   * those wholly inside `clearFormats` and inside each of the plan's own rule ranges. A rule that
   * only overlaps one (a team's rule on whole rows) is never touched.
   */
  readonly removeRules?: readonly RangeBox[];
  readonly validations: readonly ListValidation[];
  /** Ranges given exactly a validation or none, after the lists (restore uses it). */
  readonly exactRules?: readonly RuleOn[];
  /** Ranges given exactly a style, after the plan's styles (restore uses it). */
  readonly exactStyles?: readonly StyleAt[];
  /** Cells the team edits: the INPUT look, a validation and its prompt each. */
  readonly inputs?: readonly InputCell[];
  /** Cells given exactly a look, after everything else (restore uses it). */
  readonly looks?: readonly LookAt[];
  readonly columnWidths: readonly ColumnWidth[];
  /**
   * Frozen header rows and columns; 0 and 0 unfreezes (restore, where nothing was frozen). With
   * `unlessFrozen`, only a sheet with no frozen panes gets them: a team's own panes stay.
   */
  readonly freeze?: {
    readonly rows: number;
    readonly cols: number;
    readonly unlessFrozen?: boolean;
  };
  /** Cells to merge (the sample's 阶段 column; the add-in never merges the team's cells). */
  readonly merges?: readonly RangeBox[];
  /** How the sheet prints: paper, orientation and fit, area, titles on every page, breaks. */
  readonly print?: PrintSetup;
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
