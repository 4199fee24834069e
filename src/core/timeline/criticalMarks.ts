import type { Issue } from '../issues';
import { sheetPlan, type SheetPlan } from '../plan';
import { criticalIssue, criticalPath, criticalRules } from './criticalPath';
import type { Dependencies } from './dependencyGraph';
import type { TaskSheet } from './readTaskSheet';
import type { GanttSpan, MilestoneUse, ScheduledTask } from './types';

/**
 * The critical path as the planner sees it: its bars dark red in the Gantt (when there is one)
 * and an issue naming its tasks and the buffer they leave before the main milestone (开团, else
 * the plan's latest due). Nothing when no tasks are linked by 前置事项.
 * @example criticalMarks(schedule, deps, { ts, startCol: 7, dueCol: 8, main, gantt }).issues[0]?.code // 'CRITICAL_PATH'
 */
export function criticalMarks(
  schedule: readonly ScheduledTask[],
  deps: Dependencies,
  at: {
    readonly ts: TaskSheet;
    readonly startCol: number;
    readonly dueCol: number;
    readonly main: MilestoneUse | undefined;
    readonly gantt: GanttSpan | null | undefined;
  },
): { readonly plan: SheetPlan; readonly issues: readonly Issue[] } {
  const { ts, startCol, dueCol, gantt } = at;
  const target = at.main?.value ?? null;
  const path = criticalPath(schedule, deps, target);
  const plan = sheetPlan(ts.sheet);
  if (!path) return { plan, issues: [] };
  const rules = gantt
    ? criticalRules(path.rows, { headerRow: ts.headerRow, startCol, dueCol, gantt })
    : [];
  const milestone = target === null ? null : at.main!.name;
  return {
    plan: { ...plan, conditionalFormats: rules },
    issues: [criticalIssue(path, schedule, { sheet: ts.sheet, dueCol, milestone })],
  };
}
