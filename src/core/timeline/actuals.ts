import { columnLetters } from '../a1';
import type { Grid } from '../grid';
import { DONE_WORDS, progressScale, type ProgressScale } from './progress';
import { columnValues } from './progressColumn';
import type { TaskSheet } from './readTaskSheet';

/** What a sheet says of work done: its actual start, actual finish and progress columns. */
export interface Actuals {
  readonly start?: number;
  readonly finish?: number;
  readonly progress?: { readonly col: number; readonly scale: ProgressScale };
  /** The add-in's 偏差天数 column, there when the sheet has an actual finish. */
  readonly deviationCol?: number;
}

/**
 * The actual columns of a 推进表 and how its progress column writes its numbers.
 * @example readActuals(grid, ts, 10) // { finish: 6, deviationCol: 10 }
 */
export function readActuals(grid: Grid, ts: TaskSheet, deviationCol: number | null): Actuals {
  const { actualStart, actualFinish, progress } = ts.mapping;
  return {
    ...(actualStart !== undefined && { start: actualStart }),
    ...(actualFinish !== undefined && { finish: actualFinish }),
    ...(progress !== undefined && {
      progress: { col: progress, scale: progressScale(columnValues(grid, ts.headerRow, progress)) },
    }),
    ...(deviationCol !== null && { deviationCol }),
  };
}

/**
 * COUNTIFS criteria, one a way of writing "finished" in the progress column, that no cell meets
 * twice (a number at the scale's 100%, or one of the done words), so their counts add up. A
 * percent typed in Excel is a number (80% is 0.8); a text `100%` is not among them, since a
 * criterion reads "100%" as the number 1.
 * @example progressDoneCriteria(100) // ['">=100"', '"完成"', …]
 */
export const progressDoneCriteria = (scale: ProgressScale): string[] => [
  `">=${scale}"`,
  ...DONE_WORDS.map((w) => `"${w}"`),
];

/**
 * Conditions, for AND() in a rule written for one row, that hold while a task is not finished by
 * its actuals: no actual finish date, and progress below 100% and no done word. SUM() of the
 * progress cell is its number, 0 for text, so a text never compares as a number.
 * @example openConditions({ finish: 6 }, 3) // ['NOT(ISNUMBER($G3))']
 */
export function openConditions(actuals: Actuals, row1: number): string[] {
  const cell = (col: number) => `$${columnLetters(col)}${row1}`;
  const out: string[] = [];
  if (actuals.finish !== undefined) out.push(`NOT(ISNUMBER(${cell(actuals.finish)}))`);
  const p = actuals.progress;
  if (p) {
    const c = cell(p.col);
    out.push(`SUM(${c})<${p.scale}`, ...DONE_WORDS.map((w) => `${c}<>"${w}"`));
  }
  return out;
}
