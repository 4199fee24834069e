import { range$ } from './tracking/_lib/ranges';
import type { MilestoneUse, ScheduledTask } from './types';

/**
 * What the Gantt's day row counts from: the main milestone's cell; with no milestone (every task
 * typed with its own date) the earliest planned date, as MIN over the planned columns, so the
 * Gantt follows the team's dates when they move. Null when nothing is dated.
 * @example ganttAnchor(undefined, { startCol: 7, dueCol: 8, first: 3, extent: 19 }, schedule) // { address: 'MIN($H$4:$I$20)', value: 46320 }
 */
export function ganttAnchor(
  main: MilestoneUse | undefined,
  at: {
    readonly startCol: number;
    readonly dueCol: number;
    readonly first: number;
    readonly extent: number;
  },
  schedule: readonly ScheduledTask[],
): { readonly address: string; readonly value: number } | null {
  if (main?.address && main.value !== null) return { address: main.address, value: main.value };
  const dates = schedule.flatMap((t) => [t.start, t.due]).filter((v): v is number => v !== null);
  if (dates.length === 0) return null;
  const { startCol, dueCol, first, extent } = at;
  const [a, b] = startCol < dueCol ? [startCol, dueCol] : [dueCol, startCol];
  const ranges =
    b === a + 1
      ? `${range$(a, first, extent).split(':')[0]}:${range$(b, first, extent).split(':')[1]}`
      : `${range$(a, first, extent)},${range$(b, first, extent)}`;
  return { address: `MIN(${ranges})`, value: Math.min(...dates) };
}
