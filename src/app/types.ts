import type { Issue } from '../core/issues';
import type { WorkbookPlan } from '../core/plan';

/** The three commands of the ribbon, the pane and the command line. */
export type CommandName = 'timeline' | 'budget' | 'roi';

/**
 * What a command prepared on a workbook, before anything is written: the sheets it could work on,
 * its result, and the issues. When nothing can be planned, `result` is null and `issues` holds
 * the error that says why (no such sheet, several candidates, no sheet that reads) — the team's
 * workbook content is never a thrown error.
 */
export interface Prepared<R> {
  /** The team's sheets that read as this command's input, in workbook order. */
  readonly candidates: readonly string[];
  readonly result: R | null;
  readonly issues: readonly Issue[];
}

/** A prepared command reduced to what every caller applies: the plan (null when blocked). */
export interface PreparedPlan {
  readonly plan: WorkbookPlan | null;
  readonly issues: readonly Issue[];
}
