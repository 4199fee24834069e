import type { IssueCode } from '../core/issues';

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
