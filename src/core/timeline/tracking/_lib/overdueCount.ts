import { DONE } from '../statuses';
import { range$ } from './ranges';

/**
 * A formula counting overdue tasks in runs of rows: dates below NOW() not marked done. COUNTIFS
 * counts only dates (never text or blanks) and needs no array arithmetic; `extra` adds criteria.
 * @example overdueCount([[1, 4]], 9, 6) // '=COUNTIFS($J$2:$J$5,"<"&NOW(),$G$2:$G$5,"<>已完成")'
 */
export function overdueCount(
  ranges: readonly (readonly [number, number])[],
  dueCol: number,
  statusCol: number | undefined,
  extra = '',
): string {
  const notDone = (a: number, b: number) =>
    statusCol === undefined ? '' : `,${range$(statusCol, a, b)},"<>${DONE}"`;
  return `=${ranges.map(([a, b]) => `COUNTIFS(${extra}${range$(dueCol, a, b)},"<"&NOW()${notDone(a, b)})`).join('+')}`;
}
