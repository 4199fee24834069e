import { textIn, type CellValue } from '../grid';
import { parseDeadline } from './deadline';
import type { TaskRow } from './readTaskSheet';
import { readTypedDate } from './typedDate';
import type { ParsedTask, TaskDate } from './types';

/**
 * Reads each task's due and start cells: a date the team typed (a serial, `2026/10/25`, `10月28日`
 * in the year nearest `reference`, the campaign's date) is that date, before any text is read as
 * a relative deadline, so `2026/10/25` is never taken for three milestones; an empty cell is
 * nothing to plan.
 * @example parseTasks(ts.tasks, null)[0]?.due // { kind: 'offset', milestone: '报名', sign: -1, … }
 */
export function parseTasks(tasks: readonly TaskRow[], reference: number | null): ParsedTask[] {
  const read = (v: CellValue): TaskDate | null =>
    readTypedDate(v, reference) ?? (textIn(v) ? parseDeadline(textIn(v)) : null);
  return tasks.map((task) => ({ task, due: read(task.due), start: read(task.start) }));
}
