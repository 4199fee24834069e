import type { Issue } from '../../core/issues';
import type { WorkbookPlan } from '../../core/plan';
import type { WorkbookHost } from '../../hosts/types';
import { prepareBudget } from './budget';
import { prepareRoi } from './roi';
import { prepareTimeline } from './timeline';

export type CommandName = 'timeline' | 'budget' | 'roi';

export interface CommandArgs {
  readonly sheet?: string;
  readonly anchors?: readonly string[];
  readonly create?: boolean;
  readonly margin?: number;
}

/**
 * What a command plans on any host, as the CLI computes it before writing: the plan (null when
 * the run cannot go on) and its issues. Throws HostError when there is nothing to plan.
 * @example (await prepareCommand(host, 'roi', { margin: 0.4 })).plan
 */
export async function prepareCommand(
  host: WorkbookHost,
  command: CommandName,
  args: CommandArgs = {},
): Promise<{ plan: WorkbookPlan | null; issues: readonly Issue[] }> {
  const sheet = args.sheet === undefined ? {} : { sheet: args.sheet };
  if (command === 'timeline')
    return (await prepareTimeline(host, { anchors: args.anchors ?? [], ...sheet })).result;
  if (command === 'budget') return prepareBudget(host, { create: args.create ?? false, ...sheet });
  return prepareRoi(host, { ...sheet, ...(args.margin !== undefined && { margin: args.margin }) });
}
