import { textIn, type CellValue } from '../../grid';
import { campaignReference } from '../campaignReference';
import type { FoundMilestones } from '../milestoneCells';
import type { TaskRow, TaskSheet } from '../readTaskSheet';
import { readTypedDate } from '../typedDate';
import { relativePhrase, type RelativeDate } from './relativePhrase';

/** A date the team typed in a due or start cell, and the deadline it becomes. */
export interface MovedDate {
  readonly row: number;
  readonly role: 'due' | 'start';
  /** The cell as it was: a serial or the text typed. */
  readonly old: CellValue;
  /** The date it meant. */
  readonly date: number;
  readonly relative: RelativeDate;
}

/**
 * Whether the team counts in working days: a due, start or 需要时间 cell says 工作日. Only then is a
 * typed date on a working day written as working days; a team that counts calendar days gets
 * calendar days, so the reused plan reads the way they wrote the old one.
 */
export function speaksWorkdays(tasks: readonly TaskRow[]): boolean {
  return tasks.some((t) => [t.due, t.start, t.duration].some((v) => textIn(v).includes('工作日')));
}

/** The milestone nearest to a date (the first given on a tie): its name and old value. */
export function nearestMilestone(
  date: number,
  from: Readonly<Record<string, number>>,
): [string, number] | null {
  let best: [string, number] | null = null;
  for (const entry of Object.entries(from))
    if (!best || Math.abs(entry[1] - date) < Math.abs(best[1] - date)) best = entry;
  return best;
}

/**
 * Every date typed in a due or start cell, as a deadline on the nearest of the old milestones
 * (`from`): month-days without a year read in the old campaign's year. Relative text, empty and
 * undatable cells are left as they are.
 * @example movedDates(ts, found, { 开团: 46337.8333 })[0]?.relative.phrase // '开团前12天'
 */
export function movedDates(
  ts: TaskSheet,
  found: FoundMilestones,
  from: Readonly<Record<string, number>>,
): MovedDate[] {
  const reference = campaignReference(found, from, ts.tasks);
  const workdays = speaksWorkdays(ts.tasks);
  const out: MovedDate[] = [];
  for (const t of ts.tasks)
    for (const role of ['due', 'start'] as const) {
      const typed = readTypedDate(t[role], reference);
      if (typed?.kind !== 'date') continue;
      const near = nearestMilestone(typed.value, from);
      if (!near) continue;
      const relative = relativePhrase(typed.value, near[0], near[1], workdays);
      out.push({ row: t.row, role, old: t[role], date: typed.value, relative });
    }
  return out;
}
