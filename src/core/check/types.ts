import type { CellRef } from '../a1';
import type { Issue } from '../issues';
import type { PlanCell } from '../plan';

/** A safe one-click mend: one cell written back as the add-in would write it. */
export interface Mend {
  readonly sheet: string;
  readonly at: CellRef;
  readonly cell: PlanCell;
  /** The number format to give the cell (a date made of text shows as a date, not a serial). */
  readonly format?: string;
}

/**
 * One problem the health check found: the issue that names its cell and says what to do, and
 * the mend when one is safe (rewriting the add-in's own formula, a text date made a date).
 * Problems that need a person (a `#REF!`, a total that disagrees) carry none.
 */
export interface Finding {
  readonly issue: Issue;
  readonly mend?: Mend;
}
