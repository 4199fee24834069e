import { cellAddress } from '../a1';
import { textIn, type CellValue } from '../grid';
import { issue, type Issue, type IssueCode } from '../issues';
import { issueCell } from './_lib/issueCell';
import { parseDuration } from './deadline';
import { deadlineFormulas, type DatedFormula } from './deadlineFormula';
import { evaluateDeadline } from './evaluateDeadline';
import type { ColumnMapping } from './readTaskSheet';
import type { MilestoneLookup, ParsedTask } from './types';

const UNDATABLE_CODE: Record<'vague' | 'multi' | 'unknown', IssueCode> = {
  vague: 'DEADLINE_VAGUE',
  multi: 'DEADLINE_MULTI',
  unknown: 'DEADLINE_UNKNOWN',
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
 * The planned start and due of one task row. A typed due date is referred to, not copied, so the
 * team's edit carries over; a range deadline (前3-7天) gives both ends; else the start is the due
 * less the task's 需要时间, or the due itself. Undatable text stays as it is, with a warning.
 * @example plannedRow(p, 5, { sheet: '推进表', dueCol: 9, mapping, milestones }).due?.formula // '=INT($K$2)-2'
 */
export function plannedRow(
  p: ParsedTask,
  row: number,
  at: {
    readonly sheet: string;
    readonly dueCol: number;
    readonly mapping: ColumnMapping;
    readonly milestones: MilestoneLookup;
  },
): PlannedRow {
  const { milestones, mapping } = at;
  const issues: Issue[] = [];
  const undatable = (reason: keyof typeof UNDATABLE_CODE, col: number | undefined, v: CellValue) =>
    issue(UNDATABLE_CODE[reason], 'warning', issueCell(at.sheet, row, col), { text: textIn(v) });
  let due: DatedFormula | null = null;
  let start: DatedFormula | null = null;
  let dueValue: number | null = null;
  let startValue: number | null = null;
  let workdays = false;
  if (p.due?.kind === 'date') {
    due = {
      formula: `=${cellAddress({ row, col: mapping.due ?? 0 })}`,
      hasTime: !Number.isInteger(p.due.value),
    };
    dueValue = p.due.value;
  } else if (p.due?.kind === 'undatable') {
    issues.push(undatable(p.due.reason, mapping.due, p.task.due));
  } else if (p.due) {
    const f = deadlineFormulas(p.due, milestones.ref(p.due.milestone));
    const v = evaluateDeadline(p.due, milestones.value(p.due.milestone));
    [due, dueValue] = [f.due, v.due];
    if (p.due.kind === 'offset' && p.due.low !== p.due.high)
      [start, startValue] = [f.start, v.start];
    workdays ||= p.due.kind === 'offset' && p.due.unit === 'workday';
  }
  if (p.start && p.start.kind !== 'undatable') {
    start = deadlineFormulas(p.start, milestones.ref(p.start.milestone)).start;
    startValue = evaluateDeadline(p.start, milestones.value(p.start.milestone)).start;
    workdays ||= p.start.kind === 'offset' && p.start.unit === 'workday';
  } else if (p.start?.kind === 'undatable') {
    issues.push(undatable(p.start.reason, mapping.start, p.task.start));
  }
  const dueRef = cellAddress({ row, col: at.dueCol });
  const days = parseDuration(textIn(p.task.duration));
  if (!start && due && days !== null) {
    start = {
      formula: `=${dueRef}-${round(days)}`,
      hasTime: due.hasTime || !Number.isInteger(days),
    };
    startValue = dueValue! - days;
  }
  if (!start && due)
    [start, startValue] = [{ formula: `=${dueRef}`, hasTime: due.hasTime }, dueValue];
  return { start, due, startValue, dueValue, workdays, issues };
}
