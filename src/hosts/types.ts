import type { RangeBox } from '../core/a1';
import type { Grid, SheetInfo } from '../core/grid';
import type { Issue } from '../core/issues';
import type { WorkbookPlan } from '../core/plan';

/** What a host did when it applied a plan. */
export interface ApplyResult {
  /** Cells whose previous content the backup keeps. */
  readonly backedUpCells: number;
  readonly createdSheets: readonly string[];
  /** What the run could not do but did not need to undo for (a layout Excel refused, …). */
  readonly warnings?: readonly Issue[];
}

/** What restore did; null when there was no backup. */
export interface RestoreResult {
  readonly restoredCells: number;
  readonly deletedSheets: readonly string[];
}

/**
 * One interface over every place a workbook lives: Excel through office-js, an xlsx file, or an
 * in-memory HyperFormula workbook. Hosts read grids and apply plans; they never decide anything.
 */
export interface WorkbookHost {
  listSheets(): Promise<SheetInfo[]>;
  /** The used range of a sheet, or null when there is no such sheet. */
  readSheet(name: string): Promise<Grid | null>;
  /**
   * Several sheets at once, null for a name that is no sheet, where a host reads them in fewer
   * round trips than one by one (Excel: a request learns every used range, then bounded bands).
   * `worthReading`, when given, is asked about the first rows of a long sheet: one it turns down
   * (an order export that is no table the add-in reads) is answered with those rows only.
   */
  readSheets?(
    names: readonly string[],
    worthReading?: (head: Grid) => boolean,
  ): Promise<(Grid | null)[]>;
  /** Writes a plan, first keeping a backup of every cell it overwrites (see core/plan/backup). */
  apply(plan: WorkbookPlan): Promise<ApplyResult>;
  /** Puts back what the last apply overwrote; null when there is no backup. */
  restore(): Promise<RestoreResult | null>;
  /** Shows a cell to the user (activates its sheet and selects it). */
  select(sheet: string, address: string): Promise<void>;
}

/** Content and number formats of one rectangle, as a host reads them for a backup. */
export interface CellsRead {
  readonly values: readonly (readonly (number | string | boolean | null | { error: string })[])[];
  readonly formulas: readonly (readonly (string | null)[])[];
  readonly numberFormats: readonly (readonly string[])[];
}

export type { RangeBox };
