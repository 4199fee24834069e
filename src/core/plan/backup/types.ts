import type { CellRef, RangeBox } from '../../a1';
import type { CellValue } from '../../grid';
import type { CellLook, PlanCell } from '../types';

/** The content and number format of every cell of one rectangle, row-major. */
export interface RangeSnapshot {
  readonly sheet: string;
  readonly range: RangeBox;
  readonly cells: readonly (readonly PlanCell[])[];
  readonly numberFormats: readonly (readonly string[])[];
}

/** What restoring the last run needs. */
export interface Backup {
  /** Sheets the run created: restore deletes them. */
  readonly createdSheets: readonly string[];
  readonly ranges: readonly RangeSnapshot[];
  /** Ranges the run gave formats (styles, conditional formats, validations): restore clears them. */
  readonly formatted: readonly { readonly sheet: string; readonly range: RangeBox }[];
  /** Charts the run added, by sheet and name: restore deletes them. */
  readonly charts: readonly { readonly sheet: string; readonly name: string }[];
  /**
   * The fill and validation of every input cell the run marked, as they were (a team's own
   * 目标 cell may have had its colour): restore gives them back exactly.
   */
  readonly looks: readonly LookSnapshot[];
}

/** One cell's look before a run. */
export interface LookSnapshot {
  readonly sheet: string;
  readonly at: CellRef;
  readonly look: CellLook;
}

/** What a host read of one rectangle before overwriting it (formulas null for constants). */
export interface CellsBefore {
  readonly values: readonly (readonly CellValue[])[];
  readonly formulas: readonly (readonly (string | null)[])[];
  readonly numberFormats: readonly (readonly string[])[];
}
