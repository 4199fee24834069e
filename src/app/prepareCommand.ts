import type { WorkbookHost } from '../hosts/types';
import { parseAnchors } from './anchors';
import { prepareBudget } from './budget';
import { prepareRoi } from './roi';
import { prepareTimeline } from './timeline';
import type { CommandName, PreparedPlan } from './types';

/** A command's choices as the command line takes them (anchors as `名称=YYYY-MM-DD` text). */
export interface CommandArgs {
  readonly sheet?: string;
  readonly anchors?: readonly string[];
  readonly create?: boolean;
  readonly margin?: number;
  readonly reserveRate?: number;
}

/**
 * What any command plans on any host, before writing: the plan (null when the run cannot go on)
 * and its issues. The reliability corpus, the fault tests and the benchmark use it.
 * @example (await prepareCommand(host, 'roi', { margin: 0.4 })).plan
 */
export async function prepareCommand(
  host: WorkbookHost,
  command: CommandName,
  args: CommandArgs = {},
): Promise<PreparedPlan> {
  const sheet = args.sheet === undefined ? {} : { sheet: args.sheet };
  const prepared =
    command === 'timeline'
      ? await prepareTimeline(host, { anchors: parseAnchors(args.anchors ?? []), ...sheet })
      : command === 'budget'
        ? await prepareBudget(host, {
            create: args.create ?? false,
            ...sheet,
            ...(args.reserveRate !== undefined && { reserveRate: args.reserveRate }),
          })
        : await prepareRoi(host, {
            ...sheet,
            ...(args.margin !== undefined && { margin: args.margin }),
          });
  return { plan: prepared.result?.plan ?? null, issues: prepared.issues };
}
