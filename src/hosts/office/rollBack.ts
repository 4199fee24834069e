import { RollbackFailedError, type HostError } from '../errors';
import { confirmRestored } from './confirmRestored';
import type { Before } from './snapshotBefore';
import type { RunBatch } from './types';
import { writeRestore } from './writeRestore';

/**
 * After a failed run, puts back what the backup holds: a failed request may have applied part of
 * its batch. When that fails too, the workbook is read once more: a rollback often fails for the
 * run's own reason (a protected sheet, a request over the limit) where the run wrote nothing,
 * and then the run's failure stands. Otherwise the user hears that the sheets may be half
 * changed (RollbackFailedError, ROLLBACK_FAILED), never that the workbook was put back.
 */
export async function rollBack(
  run: RunBatch,
  sheets: readonly string[],
  failure: HostError,
  before: Before,
  pageLayout: boolean,
): Promise<void> {
  try {
    await writeRestore(run, before.backup, { chartsBefore: before.charts, pageLayout });
  } catch (e) {
    if (!(await confirmRestored(run, before))) throw new RollbackFailedError(sheets, failure, e);
  }
}
