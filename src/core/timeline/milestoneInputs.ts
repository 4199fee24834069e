import { parseCell } from '../a1';
import { inputCell, type InputCell } from '../plan';
import { valueAddress, type FoundMilestones } from './milestoneCells';
import type { MilestoneUse } from './types';

/**
 * The milestone cells a planner edits: every date the plan's formulas read (in the block, or a
 * labelled cell the team keeps), and every date cell of the block, the row the add-in laid out
 * for milestones, even one no task uses yet. A team's own labelled cell no formula reads is left
 * as the team made it.
 * @example milestoneInputs(found, resolved.milestones)[0]?.title // '报名时间'
 */
export function milestoneInputs(
  found: FoundMilestones,
  milestones: readonly MilestoneUse[],
): InputCell[] {
  const inputs = new Map<string, InputCell>();
  for (const m of milestones) {
    if (!m.address) continue;
    const drives = `${m.uses} 个事项的计划开始、计划截止由${m.name}推算；改这里，它们随之更新。`;
    inputs.set(m.address, inputCell(parseCell(m.address), 'date', `${m.name}时间`, drives));
  }
  for (const c of found.cells) {
    const address = valueAddress(c);
    if (c.source !== 'block' || inputs.has(address)) continue;
    const drives = `表里目前没有事项用到${c.name}；以后用到它的事项按这里的日期推算。`;
    inputs.set(address, inputCell(parseCell(address), 'date', `${c.name}时间`, drives));
  }
  return [...inputs.values()];
}
