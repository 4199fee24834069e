import { blank, formula, text, type PlanCell } from '../../plan';
import type { SummarySection, TrackingLayout } from '../types';
import type { Actuals } from '../actuals';
import { actualDoneCount, lateCount } from './_lib/finishCounts';
import { overdueCount } from './_lib/overdueCount';
import { range$ } from './_lib/ranges';
import { DONE, LATE } from './statuses';

/** Runs of consecutive task rows that share a value (a phase, usually merged down). */
function runs(
  tasks: readonly { readonly row: number; readonly key: string }[],
): Map<string, [number, number][]> {
  const out = new Map<string, [number, number][]>();
  let prev: { key: string; row: number } | null = null;
  for (const t of tasks) {
    if (t.key === '') continue;
    const list = out.get(t.key) ?? out.set(t.key, []).get(t.key)!;
    const last = list[list.length - 1];
    if (last && prev?.key === t.key) last[1] = t.row;
    else list.push([t.row, t.row]);
    prev = t;
  }
  return out;
}

/** The count of done tasks: by the team's actuals when it keeps them, else by its 状态. */
function done(
  rs: readonly [number, number][],
  statusCol: number | undefined,
  actuals: Actuals,
  sum: (f: (a: number, b: number) => string) => string,
): PlanCell {
  const byActuals = actualDoneCount(rs, actuals);
  if (byActuals) return formula(byActuals);
  return statusCol === undefined
    ? blank
    : formula(sum((a, b) => `COUNTIF(${range$(statusCol, a, b)},"${DONE}")`));
}

/**
 * The per-phase summary: earliest start, latest due, tasks, done and overdue, and, where the team
 * records actual finishes, the late finishes (延期完成), as formulas over the phase's runs of rows
 * (a phase may come back further down). Null when no task has a phase.
 * @example phaseSummary(layout)?.rows[1]?.[0] // { kind: 'text', value: '活动前' }
 */
export function phaseSummary(layout: TrackingLayout): SummarySection | null {
  const { ts, dueCol, startCol } = layout;
  const statusCol = ts.mapping.status;
  const countCol = ts.mapping.task ?? ts.mapping.due ?? dueCol;
  const phases = runs(ts.tasks.map((t) => ({ row: t.row, key: t.phase })));
  if (phases.size === 0) return null;
  // Headings that are no column words, so the next run never reads them as the team's table.
  const actuals = layout.actuals ?? {};
  const hasLate = actuals.finish !== undefined && actuals.deviationCol !== undefined;
  const rows: PlanCell[][] = [
    [
      '按阶段',
      '最早开始',
      '最晚截止',
      '事项数',
      '已完成',
      '逾期数',
      ...(hasLate ? [LATE] : []),
    ].map(text),
  ];
  const dateRows: number[] = [];
  for (const [phase, rs] of phases) {
    const list = (c: number) => rs.map(([a, b]) => range$(c, a, b)).join(',');
    const sum = (f: (a: number, b: number) => string) =>
      `=${rs.map(([a, b]) => f(a, b)).join('+')}`;
    dateRows.push(rows.length);
    rows.push([
      text(phase),
      formula(`=IF(COUNT(${list(startCol)})=0,"",MIN(${list(startCol)}))`),
      formula(`=IF(COUNT(${list(dueCol)})=0,"",MAX(${list(dueCol)}))`),
      formula(sum((a, b) => `COUNTA(${range$(countCol, a, b)})`)),
      done(rs, statusCol, actuals, sum),
      formula(overdueCount(rs, dueCol, statusCol, '', actuals)),
      ...(hasLate ? [formula(lateCount(rs, actuals)!)] : []),
    ]);
  }
  rows.push([]);
  return { rows, dateRows, percentRows: [] };
}
