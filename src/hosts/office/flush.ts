import { REQUEST_BUDGET_BYTES } from './requestBudget';
import type { Write } from './types';

/** Queues writes, syncing whenever the next one would take the request over the budget. */
export async function flush(
  context: Excel.RequestContext,
  writes: readonly Write[],
): Promise<void> {
  let pending = 0;
  for (const w of writes) {
    if (pending > 0 && pending + w.bytes > REQUEST_BUDGET_BYTES) {
      await context.sync(); // eslint-disable-line office-addins/no-context-sync-in-loop -- only past 4 MB
      pending = 0;
    }
    w.run(context);
    pending += w.bytes;
  }
  if (pending > 0) await context.sync();
}
