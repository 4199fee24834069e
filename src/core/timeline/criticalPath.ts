import { cellAddress, columnLetters } from '../a1';
import { issue, type Issue } from '../issues';
import type { ConditionalFormat } from '../plan';
import type { Dependencies } from './dependencyGraph';
import { linkTerm } from './dependentRows';
import { col$ } from './tracking/_lib/ranges';
import type { GanttSpan, ScheduledTask } from './types';

/** Gantt bars of the critical path: dark red, unlike every department colour and today's header. */
export const CRITICAL_BAR = '#9E1B32';

/** The chain that leaves the least slack before the target, and each chained task's slack. */
export interface CriticalPath {
  /** Its task rows, by planned due. */
  readonly rows: readonly number[];
  /** Days (to a tenth) its last task leaves before the target: the plan's 风险缓冲期. */
  readonly buffer: number;
  /** Days each chained task can slip before the target moves. */
  readonly slack: ReadonlyMap<number, number>;
}

const EPS = 1e-6;

/**
 * The critical path to `target` (开团's value; null: the plan's latest due), from the dates the
 * planned formulas compute today. A task's latest due is the target, or its successors' latest
 * starts less the gap its link asks for, whichever is earlier; its slack is that less its due.
 * Only tasks linked through 前置事项 and due by the target count (a task after 开团 cannot delay
 * it). The path is every such task with the least slack: the chain whose delay reaches the target
 * first. Null when no two tasks are linked.
 * @example criticalPath(result.schedule, deps, 开团)?.buffer // 2
 */
export function criticalPath(
  schedule: readonly ScheduledTask[],
  deps: Dependencies,
  target: number | null,
): CriticalPath | null {
  const dated = new Map(
    schedule
      .filter((t) => t.due !== null)
      .map((t) => [t.task.row, { start: t.start ?? t.due!, due: t.due! }]),
  );
  const end = target ?? [...dated.values()].reduce((m, d) => Math.max(m, d.due), -Infinity);
  const counts = (row: number) => (dated.get(row)?.due ?? Infinity) <= end + EPS;
  const succ = new Map<number, { s: number; gap: number }[]>();
  for (const [s, links] of deps.links) {
    if (!counts(s)) continue;
    for (const link of links) {
      if (!counts(link.from)) continue;
      const due = dated.get(link.from)!.due;
      const gap = linkTerm(link, '', due, false).value - due;
      succ.set(link.from, [...(succ.get(link.from) ?? []), { s, gap }]);
    }
  }
  const chained = new Set([...succ.keys(), ...[...succ.values()].flat().map((x) => x.s)]);
  if (chained.size === 0) return null;
  // Latest dues from the last task back, without recursion (a chain can be thousands of rows):
  // successors come later in deps.order, and tasks that only precede others have no links.
  const latest = new Map<number, number>();
  const back = [...deps.order].reverse().filter((t) => chained.has(t));
  for (const t of [...back, ...[...chained].filter((t) => !deps.links.has(t))]) {
    const limits = (succ.get(t) ?? []).map(({ s, gap }) => {
      const d = dated.get(s)!;
      return (latest.get(s) ?? end) - (d.due - d.start) - gap;
    });
    latest.set(
      t,
      limits.reduce((m, v) => Math.min(m, v), end),
    );
  }
  const slack = new Map([...chained].map((t) => [t, latest.get(t)! - dated.get(t)!.due]));
  const least = [...slack.values()].reduce((m, v) => Math.min(m, v), Infinity);
  const rows = [...chained]
    .filter((t) => slack.get(t)! <= least + EPS)
    .sort((a, b) => dated.get(a)!.due - dated.get(b)!.due || a - b);
  return { rows, buffer: Math.round(least * 10) / 10, slack };
}

/**
 * Bars of the critical path drawn dark red: one rule a task row over the Gantt's days, first in
 * the list so it wins over the department colours. The rows are computed at generation, not by a
 * formula: a live backward pass (each task's latest due from its successors') would need a column
 * of helper dates per task beside the team's table, and a rule's formula cannot differ by row.
 * The next run recomputes it; the dates themselves stay live.
 * @example criticalRules([4, 6], { headerRow: 1, startCol: 7, dueCol: 8, gantt: { col: 20, days: 30 } })[0]?.formula // '=AND(ISNUMBER($I5),INT($H5)<=U$2,$I5>=U$2)'
 */
export function criticalRules(
  rows: readonly number[],
  at: {
    readonly headerRow: number;
    readonly startCol: number;
    readonly dueCol: number;
    readonly gantt: GanttSpan;
  },
): ConditionalFormat[] {
  const { gantt } = at;
  const x = `${columnLetters(gantt.col)}$${at.headerRow + 1}`;
  return rows.map((row) => {
    const s = `${col$(at.startCol)}${row + 1}`;
    const d = `${col$(at.dueCol)}${row + 1}`;
    return {
      range: { row, col: gantt.col, rows: 1, cols: gantt.days },
      // The bars' test written the other way round: the first row's rule starts on the same cell
      // as the Gantt's catch-all bar rule, and the same text there reads as a duplicate rule.
      formula: `=AND(ISNUMBER(${d}),INT(${s})<=${x},${d}>=${x})`,
      fill: CRITICAL_BAR,
    };
  });
}

/**
 * What the planner reads of the path: its tasks in order and, before 开团, the days its last task
 * leaves (the 风险缓冲期: any of them slipping by more delays 开团), on its first task's due cell.
 * @example criticalIssue(path, schedule, { sheet: '推进表', dueCol: 8, milestone: '开团' }).params.buffer // 2
 */
export function criticalIssue(
  path: CriticalPath,
  schedule: readonly ScheduledTask[],
  at: { readonly sheet: string; readonly dueCol: number; readonly milestone: string | null },
): Issue {
  const names = new Map(schedule.map((t) => [t.task.row, t.task.task]));
  const chain = path.rows
    .map((r) => names.get(r) || cellAddress({ row: r, col: at.dueCol }))
    .join(' → ');
  const cell = { sheet: at.sheet, address: cellAddress({ row: path.rows[0]!, col: at.dueCol }) };
  return at.milestone === null
    ? issue('CRITICAL_PATH_END', 'info', cell, { chain })
    : issue('CRITICAL_PATH', 'info', cell, { chain, buffer: path.buffer, milestone: at.milestone });
}
