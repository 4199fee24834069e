import { cellAddress } from '../a1';
import { labelIn } from '../grid';
import { issue, type Issue, type IssueCode } from '../issues';
import { issueCell } from './_lib/issueCell';
import type { Deadline } from './deadline';
import { offsetFormula, type DatedFormula } from './deadlineFormula';
import { evaluateDeadline } from './evaluateDeadline';
import type { ColumnMapping } from './readTaskSheet';
import { taskDuration, type TaskDuration } from './taskDuration';
import { taskEnds, type PlannedEnd } from './taskEnds';
import type { MilestoneLookup, ParsedTask, TaskDate } from './types';

const UNDATABLE_CODE: Record<'vague' | 'multi' | 'unknown' | 'noYear', IssueCode> = {
  vague: 'DEADLINE_VAGUE',
  multi: 'DEADLINE_MULTI',
  unknown: 'DEADLINE_UNKNOWN',
  noYear: 'DATE_NO_YEAR',
};

/** One task row's planned start and due: the formulas to write and the values they compute today. */
export interface PlannedRow {
  readonly start: DatedFormula | null;
  readonly due: DatedFormula | null;
  readonly startValue: number | null;
  readonly dueValue: number | null;
  /** Whether a formula counts working days, so the 工作日历 sheet must exist. */
  readonly workdays: boolean;
  readonly issues: readonly Issue[];
}

const round = (n: number) => Math.round(n * 1e6) / 1e6;

/**
 * The planned start and due of one task row. A typed date (due or start) is referred to, not
 * copied, so the team's edit carries over; a range deadline (前3-7天) gives both ends; a start
 * from one cell and a due from the other mix freely. A missing start is the due less the task's
 * 需要时间, or the due itself; a missing due is the start plus it, or the start itself (a
 * duration in 工作日 counts working days). Undatable text stays as it is, with a warning.
 * @example plannedRow(p, 5, { sheet: '推进表', startCol: 8, dueCol: 9, mapping, milestones }).due?.formula // '=INT($K$2)-2'
 */
export function plannedRow(
  p: ParsedTask,
  row: number,
  at: {
    readonly sheet: string;
    readonly startCol: number;
    readonly dueCol: number;
    readonly mapping: ColumnMapping;
    readonly milestones: MilestoneLookup;
  },
): PlannedRow {
  const { milestones, mapping } = at;
  const issues: Issue[] = [];
  const read = (d: TaskDate | null, role: 'due' | 'start') => {
    if (d?.kind === 'undatable') {
      const cell = issueCell(at.sheet, row, mapping[role]);
      issues.push(
        issue(UNDATABLE_CODE[d.reason], 'warning', cell, { text: labelIn(p.task[role]) }),
      );
    }
    return d && taskEnds(d, { row, col: mapping[role] }, milestones);
  };
  const fromDue = read(p.due, 'due');
  const fromStart = read(p.start, 'start');
  let due: PlannedEnd | null = fromDue?.due ?? null;
  let start: PlannedEnd | null = fromStart?.start ?? (fromDue?.range ? fromDue.start : null);
  let workdays = Boolean(fromDue?.workdays || fromStart?.workdays);
  const duration = taskDuration(p.task.duration);
  const dueRef = cellAddress({ row, col: at.dueCol });
  const startRef = cellAddress({ row, col: at.startCol });
  if (!start && due && duration) {
    start = shifted(due, dueRef, -1, duration);
    workdays ||= duration.workdays;
  }
  if (start && !due && duration) {
    due = shifted(start, startRef, 1, duration);
    workdays ||= duration.workdays;
  }
  start ??= due && { f: { formula: `=${dueRef}`, hasTime: due.f.hasTime }, v: due.v };
  due ??= start && { f: { formula: `=${startRef}`, hasTime: start.f.hasTime }, v: start.v };
  return {
    start: start?.f ?? null,
    due: due?.f ?? null,
    startValue: start?.v ?? null,
    dueValue: due?.v ?? null,
    workdays,
    issues,
  };
}

/**
 * A task's other end, its 需要时间 before its planned due (sign −1) or after its planned start
 * (+1): the Nth working day on the 工作日历 when the duration says 工作日, else calendar days.
 */
export function shifted(end: PlannedEnd, ref: string, sign: -1 | 1, d: TaskDuration): PlannedEnd {
  if (d.workdays) {
    const n = Math.ceil(d.days);
    const offset: Deadline = {
      kind: 'offset',
      milestone: '',
      sign,
      unit: 'workday',
      low: n,
      high: n,
    };
    return { f: offsetFormula(ref, sign, 'workday', n), v: evaluateDeadline(offset, end.v).due };
  }
  const hasTime = end.f.hasTime || !Number.isInteger(d.days);
  const amount = `${sign < 0 ? '-' : '+'}${round(d.days)}`;
  return { f: { formula: `=${ref}${amount}`, hasTime }, v: end.v + sign * d.days };
}
