import { cellAddress } from '../a1';
import { calendarRanges } from '../calendar/workCalendar';
import type { Dependencies, DependencyLink } from './dependencyGraph';
import { evaluateDeadline } from './evaluateDeadline';
import { shifted, type PlannedRow } from './plannedRow';
import { taskDuration } from './taskDuration';
import type { ParsedTask } from './types';

/** One predecessor's part of a start formula: its planned due plus the lag, and today's value. */
export interface LinkTerm {
  readonly expr: string;
  readonly value: number;
  readonly hasTime: boolean;
}

/**
 * A predecessor's planned due (`$I$5`, its value `due`) moved by a link's lag: days are added as
 * they are, keeping a time of day; working days are counted on the 工作日历 sheet's running count
 * as the other 工作日 formulas do, without their IFERROR (the start formula has one for all).
 * `+0` keeps a plain reference arithmetic, so a predecessor left empty ("") errs instead of
 * counting as 1900-01-00 in MAX.
 * @example linkTerm({ from: 4, lag: 2, unit: 'day' }, '$I$5', 46330, false).expr // '$I$5+2'
 */
export function linkTerm(
  link: DependencyLink,
  ref: string,
  due: number,
  hasTime: boolean,
): LinkTerm {
  if (link.unit === 'day' || link.lag === 0) {
    const lag = link.unit === 'day' ? link.lag : 0;
    return {
      expr: `${ref}${lag < 0 ? '' : '+'}${Math.round(lag * 1e6) / 1e6}`,
      value: due + lag,
      hasTime: hasTime || !Number.isInteger(lag),
    };
  }
  const { dates, counts } = calendarRanges();
  // The calendar counts whole working days: half a working day (半个工作日) waits for a whole one.
  const n = Math.ceil(Math.abs(link.lag));
  const sign = link.lag < 0 ? -1 : 1;
  // As offsetFormula: the Nth working day after a day has running count C(d)+N; before it, C(d-1)-(N-1).
  const count =
    sign > 0
      ? `INDEX(${counts},MATCH(INT(${ref}),${dates},0))+${n}`
      : `INDEX(${counts},MATCH(INT(${ref})-1,${dates},0))-${n - 1}`;
  const d = { kind: 'offset', milestone: '', sign, unit: 'workday', low: n, high: n } as const;
  return {
    expr: `INDEX(${dates},MATCH(${count},${counts},0))`,
    value: evaluateDeadline(d, due).due,
    hasTime: false,
  };
}

/**
 * The planned rows with the 前置事项 column applied, in the graph's order so each predecessor's
 * due is final before its successors read it. A task with dated predecessors starts at the latest
 * of their dues plus each lag (`=IFERROR(MAX($I$5+2,$I$7),"")`, live: moving 开团 or a predecessor
 * moves the chain). Its due: its own due cell when it has a datable one (a deadline the team
 * committed to wins; a start that falls after it is flagged by checkSchedule), else the start plus
 * its 需要时间 (working days when it says 工作日), else the start. A task whose predecessors are all
 * undated keeps its own plan; tasks on a cycle have no links and keep theirs.
 * @example withDependencies(rows, parsed, deps, { startCol: 7, dueCol: 8 }).get(6)?.start?.formula // '=IFERROR(MAX($I$5+2),"")'
 */
export function withDependencies(
  base: ReadonlyMap<number, PlannedRow>,
  parsed: ReadonlyMap<number, ParsedTask>,
  deps: Dependencies,
  at: { readonly startCol: number; readonly dueCol: number },
): Map<number, PlannedRow> {
  const rows = new Map(base);
  for (const row of deps.order) {
    const own = rows.get(row);
    const p = parsed.get(row);
    if (!own || !p) continue;
    const terms = (deps.links.get(row) ?? []).flatMap((link) => {
      const pred = rows.get(link.from);
      if (pred?.dueValue == null || !pred.due) return [];
      const ref = cellAddress({ row: link.from, col: at.dueCol }, true);
      return [{ link, term: linkTerm(link, ref, pred.dueValue, pred.due.hasTime) }];
    });
    if (terms.length === 0) continue;
    const start = {
      f: {
        formula: `=IFERROR(MAX(${terms.map((t) => t.term.expr).join(',')}),"")`,
        hasTime: terms.some((t) => t.term.hasTime),
      },
      v: Math.max(...terms.map((t) => t.term.value)),
    };
    const startRef = cellAddress({ row, col: at.startCol });
    const duration = taskDuration(p.task.duration);
    const datable = p.due !== null && p.due.kind !== 'undatable';
    const ownDue =
      datable && own.due && own.dueValue !== null ? { f: own.due, v: own.dueValue } : null;
    const due = ownDue
      ? ownDue
      : duration
        ? shifted(start, startRef, 1, duration)
        : { f: { formula: `=${startRef}`, hasTime: start.f.hasTime }, v: start.v };
    const workdays =
      own.workdays ||
      terms.some((t) => t.link.unit === 'workday' && t.link.lag !== 0) ||
      Boolean(!ownDue && duration?.workdays);
    rows.set(row, {
      ...own,
      start: start.f,
      due: due.f,
      startValue: start.v,
      dueValue: due.v,
      workdays,
    });
  }
  return rows;
}
