import type { CellRef, RangeBox } from '../../a1';
import type { CellValue } from '../../grid';
import type {
  CellLook,
  CellStyle,
  ConditionalFormat,
  DataRule,
  PlanCell,
  PrintSetup,
} from '../types';

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
  /**
   * The ranges the run gave conditional formats: restore deletes the rules lying wholly inside
   * them (the run's own), never one that only overlaps. (Backups of versions before 0.4 listed
   * style and validation ranges here too.)
   */
  readonly formatted: readonly { readonly sheet: string; readonly range: RangeBox }[];
  /** What the run changed of each sheet's formats beyond its cells, as it was: restore puts it back. */
  readonly formats: readonly FormatSnapshot[];
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

/**
 * One format of a sheet as it was before a run changed it: a conditional format the run deleted
 * (its own from an earlier run, or a rule wholly inside the add-in's areas), what a range given a
 * list held (null: no validation), the style of a range it styled, a column's width (null: the
 * standard width), the frozen panes (0 and 0: none), how the sheet printed (area null: none).
 */
export type FormatBefore =
  | { readonly kind: 'rule'; readonly rule: ConditionalFormat }
  | { readonly kind: 'validation'; readonly range: RangeBox; readonly rule: DataRule | null }
  | { readonly kind: 'style'; readonly range: RangeBox; readonly style: CellStyle }
  | { readonly kind: 'width'; readonly col: number; readonly width: number | null }
  | { readonly kind: 'freeze'; readonly rows: number; readonly cols: number }
  | ({ readonly kind: 'print' } & PrintSetup);

export interface FormatSnapshot {
  readonly sheet: string;
  readonly before: FormatBefore;
}

/**
 * How a host reads, before a run, what the run will change: one method a kind of state. Hosts
 * read everything the plan names in as few requests as they can, then answer from that.
 */
export interface BeforeReader {
  cells(sheet: string, range: RangeBox): CellsBefore;
  /** A cell's fill and validation (input cells). */
  look(sheet: string, at: CellRef): CellLook;
  /** Each cell's style, row-major. */
  styles(sheet: string, range: RangeBox): readonly (readonly CellStyle[])[];
  /** The validation every cell of the range has, null for none, 'mixed' when cells differ. */
  validation(sheet: string, range: RangeBox): DataRule | null | 'mixed';
  /** The conditional formats lying wholly inside the range, top priority first. */
  rulesWithin(sheet: string, range: RangeBox): readonly ConditionalFormat[];
  /** A column's width in characters, null when it has the standard width. */
  width(sheet: string, col: number): number | null;
  freeze(sheet: string): { readonly rows: number; readonly cols: number };
  /** How the sheet prints; null where the host cannot tell (Excel before ExcelApi 1.9). */
  print(sheet: string): PrintSetup | null;
}
