/**
 * Faults of the program found by core, as named errors with typed arguments (HyperFormula's
 * `src/errors.ts` is the model). Problems in the user's data are Issues, never these.
 */

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
 * A sheet the add-in builds itself (a template, the starter budget) does not read back as what
 * it was built to be: the builder and the reader disagree, a program fault.
 */
export class TemplateUnreadableError extends Error {
  constructor(
    /** The template's id, or the name of the sheet builder. */
    readonly template: string,
    /** What the sheet should have read as. */
    readonly readsAs: 'timeline' | 'budget',
  ) {
    super(`template ${template} does not read as a ${readsAs} sheet`);
    this.name = 'TemplateUnreadableError';
  }
}

/**
 * The backup sheet holds something the add-in did not write there (someone edited it), so the
 * last run cannot be restored from it. `cell` is the A1 address of the first unreadable cell.
 */
export class BackupUnreadableError extends Error {
  constructor(
    readonly sheet: string,
    readonly cell: string,
    readonly reason: string,
  ) {
    super(`backup sheet "${sheet}" is unreadable at ${cell}: ${reason}`);
    this.name = 'BackupUnreadableError';
  }
}
