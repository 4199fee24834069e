import { lastRowWithContent, type Grid } from '../grid';
import type { Issue } from '../issues';
import {
  blank,
  block,
  formatRuns,
  formula,
  sheetPlan,
  text,
  type PlanCell,
  type SheetPlan,
} from '../plan';
import { OWN_HEADER } from '../plan/palette';
import { DATE, DATE_TIME } from './_lib/dateFormats';
import { calendarGapRule } from './calendarGapRule';
import { OWNED_HEADERS } from './columns';
import { readDependencies, type Dependencies } from './dependencyGraph';
import { withDependencies } from './dependentRows';
import { plannedRow } from './plannedRow';
import type { TaskSheet } from './readTaskSheet';
import type { MilestoneLookup, ParsedTask, ScheduledTask, TimelinePlace } from './types';

/** The 计划开始 and 计划截止 columns, and what their formulas compute today. */
export interface PlannedColumns {
  /** The two columns as a plan fragment for the team's sheet. */
  readonly plan: SheetPlan;
  /** The last row the columns cover. */
  readonly extent: number;
  /** How many tasks got a planned due. */
  readonly dated: number;
  /** Whether a formula counts working days, so the 工作日历 sheet must exist. */
  readonly usesWorkdays: boolean;
  readonly schedule: readonly ScheduledTask[];
  readonly issues: readonly Issue[];
  /** The 前置事项 column as read, for the critical path. */
  readonly dependencies: Dependencies;
}

/**
 * The two planned columns, header to last row: a formula on the milestone cells in each task row,
 * blanks in other rows, so nothing an earlier run wrote below a shrunk table stays behind. A task
 * with predecessors in the 前置事项 column starts after them (withDependencies).
 * @example plannedColumns(grid, ts, parseTasks(ts.tasks), place, lookup).plan.blocks[1]?.cells[1] // [{ kind: 'formula', … }]
 */
export function plannedColumns(
  grid: Grid,
  ts: TaskSheet,
  parsed: readonly ParsedTask[],
  place: TimelinePlace,
  milestones: MilestoneLookup,
): PlannedColumns {
  const { startCol, dueCol } = place;
  const first = ts.headerRow + 1;
  // Down to what an earlier, longer run wrote, but not into the milestone block below the table.
  const shape = place.block;
  const stop = shape.vertical && shape.at.row > ts.lastRow ? shape.at.row - 1 : Infinity;
  const extent = Math.max(
    ts.lastRow,
    lastRowWithContent(grid, first, startCol, 1, stop),
    lastRowWithContent(grid, first, dueCol, 1, stop),
  );
  const byRow = new Map(parsed.map((p) => [p.task.row, p]));
  const at = { sheet: grid.sheet, startCol, dueCol, mapping: ts.mapping, milestones };
  const own = new Map(parsed.map((p) => [p.task.row, plannedRow(p, p.task.row, at)]));
  // Predecessors need every task's own plan first: a successor may sit above its predecessor.
  const dependencies = readDependencies(grid, ts);
  const rows = withDependencies(own, byRow, dependencies, place);
  const starts: PlanCell[] = [text(OWNED_HEADERS.start)];
  const dues: PlanCell[] = [text(OWNED_HEADERS.due)];
  const startFormats: string[] = [];
  const dueFormats: string[] = [];
  const schedule: ScheduledTask[] = [];
  const issues: Issue[] = [...dependencies.issues];
  let dated = 0;
  let usesWorkdays = false;
  for (let row = first; row <= extent; row++) {
    const p = byRow.get(row);
    const r = p ? (rows.get(row) ?? null) : null;
    if (p && r) {
      issues.push(...r.issues);
      usesWorkdays ||= r.workdays;
      schedule.push({ task: p.task, start: r.startValue, due: r.dueValue });
    }
    if (r?.due) dated++;
    starts.push(r?.start ? formula(r.start.formula) : blank);
    dues.push(r?.due ? formula(r.due.formula) : blank);
    startFormats.push(r?.start?.hasTime ? DATE_TIME : DATE);
    dueFormats.push(r?.due?.hasTime ? DATE_TIME : DATE);
  }
  const column = (col: number, cells: PlanCell[]) =>
    block(
      { row: ts.headerRow, col },
      cells.map((c) => [c]),
    );
  const header = (col: number) => ({
    range: { row: ts.headerRow, col, rows: 1, cols: 1 },
    ...OWN_HEADER,
  });
  const owned = (col: number) => ({
    row: ts.headerRow,
    col,
    rows: extent - ts.headerRow + 1,
    cols: 1,
  });
  const plan: SheetPlan = {
    ...sheetPlan(grid.sheet),
    blocks: [column(startCol, starts), column(dueCol, dues)],
    numberFormats: [
      ...formatRuns(startFormats, first, startCol),
      ...formatRuns(dueFormats, first, dueCol),
    ],
    styles: [header(startCol), header(dueCol)],
    // Only working-day formulas can run past the 工作日历 and show its marker.
    conditionalFormats: usesWorkdays
      ? [startCol, dueCol].map((col) =>
          calendarGapRule({ ...owned(col), row: first, rows: extent - ts.headerRow }),
        )
      : [],
    columnWidths: [
      { col: startCol, width: 17 },
      { col: dueCol, width: 17 },
    ],
    owned: [owned(startCol), owned(dueCol)],
  };
  return { plan, extent, dated, usesWorkdays, schedule, issues, dependencies };
}
