import { progressDoneCriteria, type Actuals } from '../../actuals';
import { range$ } from './ranges';

/**
 * A formula counting finished tasks in runs of rows by the team's actuals, or null when the sheet
 * has none (the 状态 count stands). The surest record counts: an actual finish date, else a
 * progress at 100% or a done word. `extra` adds criteria (a department).
 * @example actualDoneCount([[1, 4]], { finish: 6 }) // '=COUNTIFS($G$2:$G$5,">0")'
 */
export function actualDoneCount(
  ranges: readonly (readonly [number, number])[],
  actuals: Actuals,
  extra = '',
): string | null {
  const { finish, progress } = actuals;
  const run = (a: number, b: number): string | null => {
    if (finish !== undefined) return `COUNTIFS(${extra}${range$(finish, a, b)},">0")`;
    if (!progress) return null;
    return progressDoneCriteria(progress.scale)
      .map((c) => `COUNTIFS(${extra}${range$(progress.col, a, b)},${c})`)
      .join('+');
  };
  const runs = ranges.map(([a, b]) => run(a, b));
  return runs.some((r) => r === null) ? null : `=${runs.join('+')}`;
}

/**
 * A formula counting late finishes in runs of rows: a 偏差天数 above 0 (finished on a later day than
 * planned). Null without the column.
 * @example lateCount([[1, 4]], { deviationCol: 9 }) // '=COUNTIFS($J$2:$J$5,">0")'
 */
export function lateCount(
  ranges: readonly (readonly [number, number])[],
  actuals: Actuals,
  extra = '',
): string | null {
  const d = actuals.deviationCol;
  if (d === undefined || actuals.finish === undefined) return null;
  return `=${ranges.map(([a, b]) => `COUNTIFS(${extra}${range$(d, a, b)},">0")`).join('+')}`;
}
