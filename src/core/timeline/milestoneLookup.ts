import type { MilestoneLookup, MilestoneNeeds, MilestoneUse } from './types';

/**
 * Finds a deadline's milestone by the name the deadline uses (活动 may stand for 开团). Only for
 * milestones that all have a value: a run with a missing one stops before planning any date.
 * @example milestoneLookup(milestones, needs.canonical).ref('活动') // '$N$2', 开团's value cell
 */
export function milestoneLookup(
  milestones: readonly MilestoneUse[],
  canonical: MilestoneNeeds['canonical'],
): MilestoneLookup {
  const byName = new Map(milestones.map((m) => [m.name, m]));
  const find = (name: string) => byName.get(canonical(name))!;
  return { ref: (name) => find(name).address!, value: (name) => find(name).value! };
}
