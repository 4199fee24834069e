import type { IssueCode } from '../core/issues';
import { reasonOf } from './_lib/reasonOf';

/**
 * A failure of the host (Excel, the file system) that reaches the user as a message from the
 * issue table: what happened and what to do.
 */
export class HostError extends Error {
  constructor(
    readonly code: IssueCode,
    readonly params: Readonly<Record<string, string | number>> = {},
    options?: { cause?: unknown },
  ) {
    super(`${code} ${JSON.stringify(params)}`, options);
    this.name = 'HostError';
  }
}

/** A plan names a sheet that does not exist and may not be created: a program fault. */
export class MissingSheetError extends Error {
  constructor(readonly sheet: string) {
    super(`sheet "${sheet}" does not exist and the plan may not create it`);
    this.name = 'MissingSheetError';
  }
}

/**
 * A host was asked to read, write or select a sheet the workbook does not have; callers check
 * first (readSheet answers null, apply throws MissingSheetError), so this is a program fault.
 */
export class NoSuchSheetError extends Error {
  constructor(
    readonly sheet: string,
    readonly host: 'memory' | 'xlsx',
  ) {
    super(`the ${host} host has no sheet "${sheet}"`);
    this.name = 'NoSuchSheetError';
  }
}

/**
 * A write failed and putting back what it had already written failed too: the sheets may be
 * half-changed, and the user must hear that rather than "the workbook was put back".
 */
export class RollbackFailedError extends HostError {
  constructor(
    readonly sheets: readonly string[],
    /** Why the write failed: the message the user would have had if the rollback had worked. */
    readonly failure: HostError,
    /** Why the rollback failed. */
    readonly rollbackError: unknown,
  ) {
    super(
      'ROLLBACK_FAILED',
      { sheet: sheets.join('、'), reason: reasonOf(failure.cause ?? failure) },
      { cause: rollbackError },
    );
    this.name = 'RollbackFailedError';
  }
}
