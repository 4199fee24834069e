import { textIn } from '../grid';
import { parseDeadline } from './deadline';
import type { TaskRow } from './readTaskSheet';
import type { ParsedTask } from './types';

/**
 * Reads each task's due and start cells: a date the team typed stays that date, text is read as
 * a relative deadline, an empty cell is nothing to plan. A typed start date is not planned from:
 * the add-in's start column counts from deadlines only.
 * @example parseTasks(ts.tasks)[0]?.due // { kind: 'offset', milestone: '报名', sign: -1, … }
 */
export function parseTasks(tasks: readonly TaskRow[]): ParsedTask[] {
  return tasks.map((task) => ({
    task,
    due:
      typeof task.due === 'number'
        ? { kind: 'date', value: task.due }
        : textIn(task.due)
          ? parseDeadline(textIn(task.due))
          : null,
    start: textIn(task.start) ? parseDeadline(textIn(task.start)) : null,
  }));
}
