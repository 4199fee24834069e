import { textIn, type CellValue } from '../grid';
import { parseDuration } from './deadline';

/** A task's 需要时间/工期 in days, and whether the team counts it in working days. */
export interface TaskDuration {
  readonly days: number;
  readonly workdays: boolean;
}

/**
 * Reads a duration cell: text as parseDuration reads it (`7-8天`, `2小时`, `3个工作日`), or a
 * plain number of days, as Gantt templates keep 工期. Null for nothing, zero or a negative number.
 * @example taskDuration('3个工作日') // { days: 3, workdays: true }
 */
export function taskDuration(v: CellValue): TaskDuration | null {
  if (typeof v === 'number')
    return Number.isFinite(v) && v > 0 ? { days: v, workdays: false } : null;
  const days = parseDuration(textIn(v));
  return days === null ? null : { days, workdays: textIn(v).includes('工作日') };
}
