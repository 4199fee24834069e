import type { CellValue } from '../grid';

/** Words that say a task is finished (compared without case); 已完成 is also the 状态 list's. */
export const DONE_WORDS = ['完成', '已完成', '已结束', 'done', 'finished', 'completed'] as const;

/** How a column writes its numbers: shares (0.8) or percents (80). */
export type ProgressScale = 1 | 100;

// 80%, 已完成80%, 完成 80 %, 进度80%: a percent, with a word before it at most.
const PERCENT = /^(?:已?完成|进度|完成率)?[:：]?\s*(\d+(?:\.\d+)?)\s*[%％]$/;
const BARE = /^\d+(?:\.\d+)?$/;
const NOT_STARTED = ['未开始', 'not started', 'todo', 'to do'];

const fold = (s: string) => s.normalize('NFKC').trim().toLowerCase();

/**
 * A progress cell as a share from 0 to 1: a number (0.8, or 80 in a column of percents), `80%`,
 * `已完成80%`, `完成`/`Done` (1), `未开始` (0). Null when it says no progress (进行中, a note, a
 * blank): such a cell leaves the task open. A lone 1 is 100% unless the column writes percents.
 * @example parseProgress('已完成80%') // 0.8
 */
export function parseProgress(v: CellValue, scale: ProgressScale = 1): number | null {
  if (typeof v === 'number') return share(v, scale);
  if (typeof v !== 'string') return null;
  const s = fold(v);
  if ((DONE_WORDS as readonly string[]).includes(s)) return 1;
  if (NOT_STARTED.includes(s)) return 0;
  const percent = PERCENT.exec(s);
  if (percent) return share(Number(percent[1]), 100);
  return BARE.test(s) ? share(Number(s), scale) : null;
}

function share(n: number, scale: ProgressScale): number | null {
  const v = scale === 100 || n > 1 ? n / 100 : n;
  return v >= 0 && v <= 1 ? v : null;
}

/** Whether a cell writes progress as a figure: a number from 0 to 100 or a percent text. */
const isFigure = (v: CellValue): boolean =>
  (typeof v === 'number' && v >= 0 && v <= 100) || (typeof v === 'string' && PERCENT.test(fold(v)));

/**
 * Whether a column's values are mostly progress figures (more than half of its filled cells).
 * Words alone (已完成/进行中) are a status column's, so they are no evidence either way.
 * @example readsAsProgress(['80%', '已完成', 0.5]) // true
 */
export function readsAsProgress(values: readonly CellValue[]): boolean {
  const filled = values.filter((v) => v !== null && v !== '');
  return filled.length > 0 && filled.filter(isFigure).length * 2 > filled.length;
}

/**
 * Whether a column's numbers are percents (some number above 1) or shares.
 * @example progressScale([0.5, 80]) // 100
 */
export function progressScale(values: readonly CellValue[]): ProgressScale {
  return values.some((v) => typeof v === 'number' && v > 1 && v <= 100) ? 100 : 1;
}
