import { contains, overlaps, rangeAddress, type CellRef, type RangeBox } from '../a1';
import { assertAllowedFormula } from '../formula/allowList';

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

export const num = (value: number): PlanCell => ({ kind: 'number', value });
export const text = (value: string): PlanCell => ({ kind: 'text', value });
export const bool = (value: boolean): PlanCell => ({ kind: 'boolean', value });
export const formula = (f: string): PlanCell => ({
  kind: 'formula',
  formula: f.startsWith('=') ? f : `=${f}`,
});
export const blank: PlanCell = { kind: 'blank' };

/**
 * A sheet plan with nothing in it yet; spread it and fill what you need.
 * @example { ...sheetPlan('预算', true), blocks: [block({ row: 0, col: 0 }, [[text('合计')]])] }
 */
export function sheetPlan(sheet: string, createIfMissing = false): SheetPlan {
  return {
    sheet,
    createIfMissing,
    clearFormats: [],
    blocks: [],
    numberFormats: [],
    styles: [],
    conditionalFormats: [],
    validations: [],
    columnWidths: [],
    owned: [],
  };
}

/**
 * A block at a position.
 * @example block({ row: 0, col: 0 }, [[text('事项'), text('负责人')]])
 */
export function block(at: CellRef, cells: readonly (readonly PlanCell[])[]): Block {
  return { at, cells };
}

/** The rectangle a block covers. */
export function blockBox(b: Block): RangeBox {
  return { row: b.at.row, col: b.at.col, rows: b.cells.length, cols: b.cells[0]?.length ?? 0 };
}

/** A plan that is inconsistent (ragged block, overlapping blocks, bad formula): a program fault. */
export class InvalidPlanError extends Error {
  constructor(
    readonly sheet: string,
    readonly reason: string,
  ) {
    super(`invalid plan for sheet "${sheet}": ${reason}`);
    this.name = 'InvalidPlanError';
  }
}

/**
 * Checks a plan before any host writes it: rectangular non-empty blocks that do not overlap,
 * formulas on the allow-list (block cells and conditional formats). Throws InvalidPlanError or
 * FormulaNotAllowedError.
 * @example checkPlan({ sheets: [sheetPlan('A')], deleteSheets: [] })
 */
export function checkPlan(plan: WorkbookPlan): void {
  for (const sp of plan.sheets) {
    const boxes: RangeBox[] = [];
    for (const b of sp.blocks) {
      const width = b.cells[0]?.length ?? 0;
      if (width === 0)
        throw new InvalidPlanError(
          sp.sheet,
          `empty block at ${rangeAddress({ ...b.at, rows: 1, cols: 1 })}`,
        );
      if (b.cells.some((row) => row.length !== width)) {
        throw new InvalidPlanError(
          sp.sheet,
          `ragged block at ${rangeAddress({ ...b.at, rows: 1, cols: 1 })}`,
        );
      }
      const box = blockBox(b);
      const clash = boxes.find((o) => overlaps(o, box));
      if (clash)
        throw new InvalidPlanError(
          sp.sheet,
          `blocks ${rangeAddress(clash)} and ${rangeAddress(box)} overlap`,
        );
      boxes.push(box);
      for (const row of b.cells)
        for (const c of row) if (c.kind === 'formula') assertAllowedFormula(c.formula);
    }
    for (const cf of sp.conditionalFormats) assertAllowedFormula(cf.formula);
  }
}

/**
 * The ranges whose cell contents or number formats a sheet plan changes: what a host backs up.
 * @example touchedRanges(plan.sheets[0])
 */
export function touchedRanges(sp: SheetPlan): RangeBox[] {
  const boxes = sp.blocks.map(blockBox);
  // A format inside a block's rectangle is backed up with the block's cells already.
  return [
    ...boxes,
    ...sp.numberFormats.map((f) => f.range).filter((r) => !boxes.some((b) => contains(b, r))),
  ];
}

/**
 * The ranges whose formats (styles, conditional formats, validations) a sheet plan sets: a
 * restore clears them.
 */
export function formattedRanges(sp: SheetPlan): RangeBox[] {
  return [
    ...sp.styles.map((s) => s.range),
    ...sp.conditionalFormats.map((c) => c.range),
    ...sp.validations.map((v) => v.range),
  ];
}

/**
 * Two plans for one sheet as one: everything of both, `b`'s freeze winning. Their blocks must
 * not overlap (checkPlan says so).
 * @example mergeSheetPlans(templateSheet(JUHUASUAN), timeline.plan.sheets[0])
 */
export function mergeSheetPlans(a: SheetPlan, b: SheetPlan): SheetPlan {
  const freeze = b.freeze ?? a.freeze;
  const hidden = b.hidden ?? a.hidden;
  const print = b.print ?? a.print;
  return {
    sheet: a.sheet,
    createIfMissing: a.createIfMissing || b.createIfMissing,
    ...(hidden !== undefined && { hidden }),
    clearFormats: [...a.clearFormats, ...b.clearFormats],
    blocks: [...a.blocks, ...b.blocks],
    numberFormats: [...a.numberFormats, ...b.numberFormats],
    styles: [...a.styles, ...b.styles],
    conditionalFormats: [...a.conditionalFormats, ...b.conditionalFormats],
    validations: [...a.validations, ...b.validations],
    columnWidths: widest([...a.columnWidths, ...b.columnWidths]),
    ...(freeze && { freeze }),
    ...(print && { print }),
    merges: [...(a.merges ?? []), ...(b.merges ?? [])],
    charts: [...(a.charts ?? []), ...(b.charts ?? [])],
    owned: [...a.owned, ...b.owned],
  };
}

/**
 * Number formats for a column of cells, grouped into runs of equal format so a host sets a few
 * ranges rather than one per cell.
 * @example formatRuns(['yyyy-mm-dd', 'yyyy-mm-dd', 'yyyy-mm-dd hh:mm'], 3, 9) // two ranges
 */
export function formatRuns(
  formats: readonly string[],
  firstRow: number,
  col: number,
): NumberFormat[] {
  const out: NumberFormat[] = [];
  formats.forEach((f, i) => {
    const prev = out[out.length - 1];
    if (prev && prev.format === f)
      out[out.length - 1] = { ...prev, range: { ...prev.range, rows: prev.range.rows + 1 } };
    else out.push({ range: { row: firstRow + i, col, rows: 1, cols: 1 }, format: f });
  });
  return out;
}

/** One width per column, the widest asked for: blocks that share a column all fit. */
export function widest(widths: readonly ColumnWidth[]): ColumnWidth[] {
  const byCol = new Map<number, number>();
  for (const w of widths) byCol.set(w.col, Math.max(w.width, byCol.get(w.col) ?? 0));
  return [...byCol].map(([col, width]) => ({ col, width }));
}

/**
 * The grid a sheet plan would leave on an empty sheet: values of constants, formulas as text.
 * Lets core read a sheet it is about to create (a template) before any host writes it.
 * @example planGrid(templateSheet(JUHUASUAN)).values[2][3] // '工作事项'
 */
export function planGrid(sp: SheetPlan): import('../grid').Grid {
  const boxes = sp.blocks.map(blockBox);
  const rows = Math.max(0, ...boxes.map((b) => b.row + b.rows));
  const cols = Math.max(0, ...boxes.map((b) => b.col + b.cols));
  const values: (number | string | boolean | null)[][] = Array.from({ length: rows }, () =>
    Array<null>(cols).fill(null),
  );
  const formulas: (string | null)[][] = Array.from({ length: rows }, () =>
    Array<null>(cols).fill(null),
  );
  for (const b of sp.blocks) {
    b.cells.forEach((line, i) =>
      line.forEach((c, j) => {
        if (c.kind === 'formula') formulas[b.at.row + i]![b.at.col + j] = c.formula;
        else if (c.kind !== 'blank') values[b.at.row + i]![b.at.col + j] = c.value;
      }),
    );
  }
  return { sheet: sp.sheet, origin: { row: 0, col: 0 }, values, formulas, merges: sp.merges ?? [] };
}
