import type { RangeBox } from '../../a1';
import { isDateSerial } from '../typedDate';
import type { ConditionalFormat } from '../../plan';
import { GANTT_ACTUAL_OFF_PLAN, GANTT_ACTUAL_ON_PLAN } from '../../plan/palette';
import type { TrackingLayout } from '../types';
import { col$ } from './_lib/ranges';

/**
 * The Gantt's actual spans, drawn over the plan bars in the same rows: from the actual start to the
 * actual finish, or to today while a started task has no finish; with a finish and no start
 * column, the finish day alone. A cell holds one fill, so the days both planned and worked take
 * one colour and the days worked off the plan another, and the plan bar keeps its colour on the
 * planned days not (yet) worked: both spans read whole. Empty without actual columns. These rules
 * go first, above the plan bars.
 * @example actualRules({ ...layout, actuals: { finish: 6 } }, bars, 'U$3', inPlan)[1]?.formula // '=AND(ISNUMBER($G4),U$3>=INT($G4),U$3<=$G4)'
 */
export function actualRules(
  layout: TrackingLayout,
  bars: RangeBox,
  x: string,
  inPlan: string,
): ConditionalFormat[] {
  const { start, finish } = layout.actuals ?? {};
  const row1 = bars.row + 1;
  const a = start === undefined ? null : `${col$(start)}${row1}`;
  const f = finish === undefined ? null : `${col$(finish)}${row1}`;
  if (a === null && f === null) return [];
  const both = a !== null && f !== null;
  const has = both ? `OR(ISNUMBER(${a}),ISNUMBER(${f}))` : `ISNUMBER(${a ?? f})`;
  const begin = both ? `IF(ISNUMBER(${a}),${a},${f})` : (a ?? f)!;
  const end = f === null ? 'TODAY()' : a === null ? f : `IF(ISNUMBER(${f}),${f},TODAY())`;
  const worked = `${has},${x}>=INT(${begin}),${x}<=${end}`;
  return [
    { range: bars, formula: `=AND(${worked},${inPlan})`, fill: GANTT_ACTUAL_ON_PLAN },
    { range: bars, formula: `=AND(${worked})`, fill: GANTT_ACTUAL_OFF_PLAN },
  ];
}

/**
 * The actual dates the team typed in task rows, so the Gantt's days reach a late finish.
 * @example actualDates(layout) // [46330, 46334]
 */
export function actualDates(layout: TrackingLayout): number[] {
  const { grid, ts } = layout;
  const { start, finish } = layout.actuals ?? {};
  const cols = [start, finish].filter((c): c is number => c !== undefined);
  return ts.tasks.flatMap((t) =>
    cols
      .map((c) => grid.values[t.row - grid.origin.row]?.[c - grid.origin.col] ?? null)
      .filter((v): v is number => typeof v === 'number' && isDateSerial(v)),
  );
}
