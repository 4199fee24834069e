import { parseDateText } from '../calendar/serial';
import type { CellValue } from '../grid';
import type { FoundMilestones } from './milestoneCells';
import { MAIN_MILESTONE } from './milestones';
import type { TaskRow } from './readTaskSheet';
import { isDateSerial, readTypedDate } from './typedDate';

// The milestones a campaign's year is read from, the activity start first, then the sign-up.
const MAIN_ORDER = ['开团', MAIN_MILESTONE, '爆发', '报名'];

const dateIn = (v: CellValue | undefined): number | null =>
  typeof v === 'number'
    ? isDateSerial(v)
      ? v
      : null
    : typeof v === 'string'
      ? parseDateText(v)
      : null;

/**
 * The date a month-day without a year (`11月11日`) is read near: the main milestone's (开团, 活动,
 * 爆发, then 报名) from the user's anchors or the sheet, else any milestone's, else the first
 * full date the tasks were typed with; null when the sheet holds none, and such dates are flagged.
 * @example campaignReference(found, { 开团: 46337.4167 }, ts.tasks) // 46337.4167
 */
export function campaignReference(
  found: FoundMilestones,
  anchors: Readonly<Record<string, number>>,
  tasks: readonly TaskRow[],
): number | null {
  const milestone = (name: string) =>
    anchors[name] ?? dateIn(found.cells.find((c) => c.name === name)?.value);
  for (const name of MAIN_ORDER) {
    const v = milestone(name);
    if (v !== null && v !== undefined) return v;
  }
  for (const v of [...Object.values(anchors), ...found.cells.map((c) => dateIn(c.value))])
    if (v !== null) return v;
  for (const t of tasks)
    for (const cell of [t.due, t.start]) {
      const d = readTypedDate(cell, null);
      if (d?.kind === 'date') return d.value;
    }
  return null;
}
