import { cellAddress } from '../a1';
import { fromSerial } from '../calendar/serial';
import type { DatedFormula } from './deadlineFormula';
import { deadlineFormulas } from './deadlineFormula';
import { evaluateDeadline } from './evaluateDeadline';
import type { TypedDate } from './typedDate';
import type { MilestoneLookup, TaskDate } from './types';

/** A planned date: the formula to write and the value it computes today. */
export interface PlannedEnd {
  readonly f: DatedFormula;
  readonly v: number;
}

/** What one due or start cell plans: both ends of the task, and whether it gave a range. */
export interface TaskEnds {
  readonly start: PlannedEnd;
  readonly due: PlannedEnd;
  /** A window (前3-7天): its earlier end is the task's start. */
  readonly range: boolean;
  readonly workdays: boolean;
}

/**
 * The formula of a date the team typed. A serial is referred to (`=E5`), so moving the team's date
 * moves the plan. Text is no date to a formula, so its date is written as DATE(y,m,d)(+TIME(h,m,0)):
 * unlike a bare serial it reads as a date in the formula bar, and the next run reads an edited
 * text again.
 * @example typedDateFormula({ kind: 'date', value: 46320.8333, fromText: true }, 'E5') // { formula: '=DATE(2026,10,25)+TIME(20,0,0)', hasTime: true }
 */
export function typedDateFormula(d: TypedDate, ref: string): DatedFormula {
  const hasTime = !Number.isInteger(d.value);
  if (!d.fromText) return { formula: `=${ref}`, hasTime };
  const p = fromSerial(d.value);
  const time = hasTime ? `+TIME(${p.hour},${p.minute},0)` : '';
  return { formula: `=DATE(${p.year},${p.month},${p.day})${time}`, hasTime };
}

/**
 * The start and due one due or start cell gives its task: a typed date is both; a deadline on a
 * milestone gives its formulas; undatable text gives nothing (its caller flags it).
 * @example taskEnds(parseDeadline('开团前3-7天'), { row: 4, col: 4 }, lookup)?.range // true
 */
export function taskEnds(
  d: TaskDate,
  at: { readonly row: number; readonly col: number | undefined },
  milestones: MilestoneLookup,
): TaskEnds | null {
  if (d.kind === 'undatable') return null;
  if (d.kind === 'date') {
    const end = {
      f: typedDateFormula(d, cellAddress({ row: at.row, col: at.col ?? 0 })),
      v: d.value,
    };
    return { start: end, due: end, range: false, workdays: false };
  }
  const f = deadlineFormulas(d, milestones.ref(d.milestone));
  const v = evaluateDeadline(d, milestones.value(d.milestone));
  return {
    start: { f: f.start, v: v.start },
    due: { f: f.due, v: v.due },
    range: d.kind === 'offset' && d.low !== d.high,
    workdays: d.kind === 'offset' && d.unit === 'workday',
  };
}
