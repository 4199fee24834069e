import type { FoundMilestones } from './milestoneCells';
import { KNOWN_MILESTONES, MAIN_MILESTONE } from './milestones';
import type { MilestoneNeeds, ParsedTask } from './types';

/** Known milestones in the order a campaign meets them; a custom one after them all. */
const order = (name: string) => {
  const i = KNOWN_MILESTONES.findIndex((m) => m.name === name);
  return i < 0 ? KNOWN_MILESTONES.length : i;
};

/**
 * Which milestones the tasks count from, and how often. A bare 前N天 (活动) is folded into 开团
 * when the sheet has a 开团 and nothing gives 活动 a value of its own: teams mean the same day,
 * and asking the planner for it twice would invite two different dates.
 * @example milestoneNeeds(parsed, found, { 开团: 46337.4167 }).needed // [{ name: '开团', uses: 12 }]
 */
export function milestoneNeeds(
  parsed: readonly ParsedTask[],
  found: FoundMilestones,
  anchors: Readonly<Record<string, number>>,
): MilestoneNeeds {
  const uses = new Map<string, number>();
  for (const p of parsed) {
    for (const d of [p.due, p.start])
      if (d && d.kind !== 'undatable' && d.kind !== 'date')
        uses.set(d.milestone, (uses.get(d.milestone) ?? 0) + 1);
  }
  const has = (name: string) =>
    uses.has(name) || found.cells.some((c) => c.name === name) || name in anchors;
  const mainIsLaunch =
    uses.has(MAIN_MILESTONE) &&
    has('开团') &&
    !found.cells.some((c) => c.name === MAIN_MILESTONE) &&
    !(MAIN_MILESTONE in anchors);
  if (mainIsLaunch) {
    uses.set('开团', (uses.get('开团') ?? 0) + (uses.get(MAIN_MILESTONE) ?? 0));
    uses.delete(MAIN_MILESTONE);
  }
  const needed = [...uses.keys()].sort((a, b) => order(a) - order(b));
  return {
    needed: needed.map((name) => ({ name, uses: uses.get(name) ?? 0 })),
    canonical: (name) => (mainIsLaunch && name === MAIN_MILESTONE ? '开团' : name),
  };
}
