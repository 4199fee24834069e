import { progressDoneCriteria, type Actuals } from '../../actuals';
import { DONE } from '../statuses';
import { range$ } from './ranges';

/**
 * A formula counting overdue tasks in runs of rows: dates below NOW() not marked done. COUNTIFS
 * counts only dates (never text or blanks) and needs no array arithmetic; `extra` adds criteria.
 * With actuals, a task with an actual finish date (its cell is not blank) or whose progress says
 * finished is not overdue either: the finished-by-progress rows are counted apart and taken off,
 * each way of writing "finished" once, so the count is the overdue rule's rows exactly.
 * @example overdueCount([[1, 4]], 9, 6) // '=COUNTIFS($J$2:$J$5,"<"&NOW(),$G$2:$G$5,"<>已完成")'
 */
export function overdueCount(
  ranges: readonly (readonly [number, number])[],
  dueCol: number,
  statusCol: number | undefined,
  extra = '',
  actuals: Actuals = {},
): string {
  const notDone = (a: number, b: number) =>
    statusCol === undefined ? '' : `,${range$(statusCol, a, b)},"<>${DONE}"`;
  const unfinished = (a: number, b: number) =>
    actuals.finish === undefined ? '' : `,${range$(actuals.finish, a, b)},""`;
  const run = (a: number, b: number) => {
    const base = `${extra}${range$(dueCol, a, b)},"<"&NOW()${notDone(a, b)}${unfinished(a, b)}`;
    const p = actuals.progress;
    const finished = p
      ? progressDoneCriteria(p.scale).map((c) => `-COUNTIFS(${base},${range$(p.col, a, b)},${c})`)
      : [];
    return `COUNTIFS(${base})${finished.join('')}`;
  };
  return `=${ranges.map(([a, b]) => run(a, b)).join('+')}`;
}
