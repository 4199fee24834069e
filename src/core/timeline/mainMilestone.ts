import { MAIN_MILESTONE } from './milestones';
import type { MilestoneUse } from './types';

/**
 * The milestone the activity starts on, which the Gantt and the checks hang on: 开团, else 活动
 * or 爆发, else the last milestone the tasks need.
 * @example mainMilestone(result.milestones)?.name // '开团'
 */
export function mainMilestone(milestones: readonly MilestoneUse[]): MilestoneUse | undefined {
  return (
    ['开团', MAIN_MILESTONE, '爆发']
      .map((n) => milestones.find((m) => m.name === n))
      .find(Boolean) ?? milestones[milestones.length - 1]
  );
}
