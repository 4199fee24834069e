import { toHostError } from './officeErrors';
import type { RunBatch } from './types';

/** Runs a batch, turning any office-js failure into a HostError about the given sheets. */
export async function guarded<T>(
  run: RunBatch,
  sheets: readonly string[],
  batch: (context: Excel.RequestContext) => Promise<T>,
): Promise<T> {
  try {
    return await run(batch);
  } catch (e) {
    throw toHostError(e, sheets);
  }
}
