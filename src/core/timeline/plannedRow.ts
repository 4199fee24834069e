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
 * 需要时间, or the due itself; a missing due is the start plus it (in working days when it says
 * 工作日), or the start itself. Undatable text stays as it is, with a warning.
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
  if (!start && due && duration) start = before(due, dueRef, duration.days);
  if (start && !due && duration) {
    due = after(start, startRef, duration);
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

/** The start a task's 需要时间 before its planned due (calendar days, as the team has always had it). */
function before(due: PlannedEnd, dueRef: string, days: number): PlannedEnd {
  return {
    f: { formula: `=${dueRef}-${round(days)}`, hasTime: due.f.hasTime || !Number.isInteger(days) },
    v: due.v - days,
  };
}

/** The due a task's 需要时间 after its planned start: the Nth working day when it counts 工作日. */
function after(start: PlannedEnd, startRef: string, d: TaskDuration): PlannedEnd {
  if (d.workdays) {
    const n = Math.ceil(d.days);
    const offset: Deadline = {
      kind: 'offset',
      milestone: '',
      sign: 1,
      unit: 'workday',
      low: n,
      high: n,
    };
    return {
      f: offsetFormula(startRef, 1, 'workday', n),
      v: evaluateDeadline(offset, start.v).due,
    };
  }
  return {
    f: {
      formula: `=${startRef}+${round(d.days)}`,
      hasTime: start.f.hasTime || !Number.isInteger(d.days),
    },
    v: start.v + d.days,
  };
}
