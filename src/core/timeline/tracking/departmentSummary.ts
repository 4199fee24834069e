import { columnLetters } from '../../a1';
import { blank, formula, text, type PlanCell } from '../../plan';
import type { SummarySection, TrackingLayout } from '../types';
import { actualDoneCount, lateCount } from './_lib/finishCounts';
import { overdueCount } from './_lib/overdueCount';
import { range$ } from './_lib/ranges';
import { DONE, LATE } from './statuses';

/**
 * The per-department summary: tasks, done, share done, overdue and, with actual finishes, late
 * finishes (延期完成), each row's formulas counting
 * by the department name in its own first cell, so a renamed row recounts. Null when the sheet
 * has no department column or no task names one.
 * @example departmentSummary(layout, 11, 7)?.rows[1]?.[1] // { kind: 'formula', formula: '=COUNTIF($B$2:$B$6,L9)' }
 */
export function departmentSummary(
  layout: TrackingLayout,
  col: number,
  top: number,
): SummarySection | null {
  const { ts, dueCol, extent } = layout;
  const first = ts.headerRow + 1;
  const statusCol = ts.mapping.status;
  const deptCol = ts.mapping.department;
  const depts = [...new Set(ts.tasks.map((t) => t.department).filter((d) => d !== ''))];
  if (deptCol === undefined || depts.length === 0) return null;
  const actuals = layout.actuals ?? {};
  const all: [number, number][] = [[first, extent]];
  const hasLate = lateCount(all, actuals) !== null;
  const heads = ['按部门', '事项数', '已完成', '完成率', '逾期数', ...(hasLate ? [LATE] : [])];
  const rows: PlanCell[][] = [heads.map(text)];
  const percentRows: number[] = [];
  const depts$ = range$(deptCol, first, extent);
  for (const d of depts) {
    const r = top + rows.length + 1;
    const label = `${columnLetters(col)}${r}`;
    const extra = `${depts$},${label},`;
    const byActuals = actualDoneCount(all, actuals, extra);
    const done =
      byActuals ??
      (statusCol === undefined
        ? null
        : `=COUNTIFS(${depts$},${label},${range$(statusCol, first, extent)},"${DONE}")`);
    percentRows.push(rows.length);
    rows.push([
      text(d),
      formula(`=COUNTIF(${depts$},${label})`),
      done === null ? blank : formula(done),
      done === null
        ? blank
        : formula(`=IFERROR(${columnLetters(col + 2)}${r}/${columnLetters(col + 1)}${r},0)`),
      formula(overdueCount(all, dueCol, statusCol, extra, actuals)),
      ...(hasLate ? [formula(lateCount(all, actuals, extra)!)] : []),
    ]);
  }
  rows.push([]);
  return { rows, dateRows: [], percentRows };
}
