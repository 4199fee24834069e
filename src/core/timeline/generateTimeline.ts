import { columnLetters } from '../a1';
import type { Grid } from '../grid';
import { issue, type Issue } from '../issues';
import { mergeSheetPlans, sheetPlan, type SheetPlan } from '../plan';
import { issueCell } from './_lib/issueCell';
import { actualsPlan } from './actualsPlan';
import { calendarNeed } from './calendarNeed';
import { campaignReference } from './campaignReference';
import { checkSchedule } from './checkSchedule';
import { contestIssues } from './contestIssues';
import { criticalMarks } from './criticalMarks';
import type { Dependencies } from './dependencyGraph';
import { mainMilestone } from './mainMilestone';
import { blockBox, pairLabel, type BlockShape } from './blockShape';
import { milestoneBlock } from './milestoneBlock';
import { ganttAnchor } from './ganttAnchor';
import { outgrownBlock } from './outgrownBlock';
import { findMilestones, type FoundMilestones } from './milestoneCells';
import { milestoneLookup } from './milestoneLookup';
import { milestoneNeeds } from './milestoneNeeds';
import { nothingDated } from './nothingDated';
import { parseTasks } from './parseTasks';
import { lastOwnCol, placeTimeline } from './placeTimeline';
import { plannedColumns } from './plannedColumns';
import { printSetup } from './printSetup';
import { readTaskSheet } from './readTaskSheet';
import { resolveMilestones } from './resolveMilestones';
import { DEFAULT_TRACKING, trackingPlan } from './tracking/trackingPlan';
import type { TaskSheet } from './readTaskSheet';
import type { Actuals } from './actuals';
import type {
  GanttSpan,
  MilestoneUse,
  ResolvedMilestones,
  ScheduledTask,
  TimelineOptions,
  TimelinePlace,
  TimelineResult,
  TrackingLayout,
} from './types';

export type { MilestoneUse, ScheduledTask, TimelineOptions, TimelineResult } from './types';

/**
 * Gives every task of a 推进表 a planned start and due: formulas on the milestone cells (so moving
 * 开团 moves every date), in two columns the add-in adds beside the team's table, plus a block of
 * milestone input cells. Dates the team typed are plans too, referred to where they are, mixed
 * freely with relative deadlines. Reads the sheet as the team laid it out; null when it holds no
 * 推进表; no plan, and an error saying why, when no task can be dated.
 * @example generateTimeline(grid, { anchors: { 开团: 46337.4167 } })?.plan
 */
export function generateTimeline(grid: Grid, options: TimelineOptions = {}): TimelineResult | null {
  const ts = readTaskSheet(grid, options.mapping);
  if (!ts) return null;
  const { found, anchors } = outgrownBlock(findMilestones(grid, ts), ts, options.anchors ?? {});
  const parsed = parseTasks(ts.tasks, campaignReference(found, anchors, ts.tasks));
  const needs = milestoneNeeds(parsed, found, anchors);
  const place = placeTimeline(grid, ts, found);
  const { startCol, dueCol, block } = place;
  const resolved = resolveMilestones(grid.sheet, needs.needed, found, anchors, block);
  const { milestones } = resolved;
  const contests = contestIssues(ts);
  const result = { taskSheet: ts, milestones, columns: { start: startCol, due: dueCol } };
  if (milestones.some((m) => m.source === 'missing'))
    return {
      ...result,
      issues: [...contests, ...resolved.issues],
      plan: null,
      dated: 0,
      schedule: [],
    };

  const lookup = milestoneLookup(milestones, needs.canonical);
  const columns = plannedColumns(grid, ts, parsed, place, lookup);
  const { extent, schedule } = columns;
  if (columns.dated === 0) {
    const issues = [...resolved.issues, ...columns.issues, nothingDated(ts)];
    return { ...result, issues, plan: null, dated: 0, schedule };
  }
  const main = mainMilestone(milestones);
  const anchor = ganttAnchor(main, { startCol, dueCol, first: ts.headerRow + 1, extent }, schedule);
  const actual = actualsPlan(grid, ts, place, columns);
  const tracking = anchor
    ? trackingPlan(
        trackingLayout({ grid, ts, place, extent, found, resolved, schedule, anchor, actual }),
        options.tracking ?? DEFAULT_TRACKING,
      )
    : null;
  const blockEnd = blockBox(block, resolved.pairs);
  const print = printSetup({
    extent,
    headerRow: ts.headerRow,
    taskCol: ts.mapping.task,
    tracking,
    end: Math.max(blockEnd.col + blockEnd.cols, lastOwnCol(place) + 1),
  });
  const team = mergeSheetPlans(actual.plan, milestoneBlock(grid.sheet, found, block, resolved));
  const end = { startCol, dueCol, main, dated: columns.dated, gantt: tracking?.gantt };
  const closing = closingIssues(ts, schedule, columns.dependencies, end, options);
  const calendar = calendarNeed({
    countsWorkdays: columns.usesWorkdays || Boolean(tracking?.needsCalendar),
    // Typed dates count too: a plan with no milestone still needs its years in the calendar.
    dates: [...milestones.map((m) => m.value!), ...schedule.flatMap((t) => datesOf(t))],
    teamCalendar: options.calendar,
  });
  // The critical path's rules first: they win over the Gantt's department colours.
  const marked = mergeSheetPlans(closing.critical, team);
  const freeze = frozenPanes(ts);
  const sheets = [
    mergeSheetPlans(marked, { ...(tracking?.plan ?? sheetPlan(grid.sheet)), print, freeze }),
    ...(tracking?.summary ? [tracking.summary] : []),
    ...calendar.sheets,
  ];
  return {
    ...result,
    issues: [
      ...contests,
      ...resolved.issues,
      ...columns.issues,
      ...actual.issues,
      ...calendar.issues,
      ...closing.issues,
    ],
    plan: { sheets, deleteSheets: [] },
    dated: columns.dated,
    schedule,
    gantt: tracking?.gantt ?? null,
  };
}

/** Where the generator put things, for the tracking plan (status, summary, Gantt). */
function trackingLayout(at: {
  readonly grid: Grid;
  readonly ts: TaskSheet;
  readonly place: TimelinePlace;
  readonly extent: number;
  readonly found: FoundMilestones;
  readonly resolved: ResolvedMilestones;
  readonly schedule: readonly ScheduledTask[];
  readonly anchor: { readonly address: string; readonly value: number };
  readonly actual: { readonly actuals: Actuals };
}): TrackingLayout {
  const { ts, place, resolved } = at;
  return {
    grid: at.grid,
    ts,
    startCol: place.startCol,
    dueCol: place.dueCol,
    extent: at.extent,
    ...blockParts(place.block, resolved.pairs, at.found, ts),
    schedule: at.schedule,
    main: at.anchor,
    milestones: resolved.milestones.map((m) => ({
      name: m.name,
      address: m.address!,
      value: m.value!,
    })),
    actuals: at.actual.actuals,
  };
}

/**
 * Where the milestone block's cells end and where its same-day limit goes: the row after its last
 * pair, counting a limit an earlier run put after fewer pairs.
 */
function blockParts(shape: BlockShape, pairs: number, found: FoundMilestones, ts: TaskSheet) {
  const limit = ts.mapping.owner !== undefined;
  const before = found.cells.filter((c) => c.source === 'block').length;
  return {
    blockBox: blockBox(shape, pairs + (limit ? 1 : 0)),
    limitAt: pairLabel(shape, pairs),
    ...(found.block && before !== pairs && { limitBefore: pairLabel(shape, before) }),
  };
}

/**
 * Panes frozen on the header row and the task column, so task names and the Gantt's dates stay
 * in view while the planner scrolls, on a sheet with none frozen; only the rows when the task column is far right (frozen
 * columns wider than a laptop's screen would leave no room for the bars).
 */
function frozenPanes(ts: TaskSheet): NonNullable<SheetPlan['freeze']> {
  const task = ts.mapping.task;
  const cols = task !== undefined && task <= 5 ? task + 1 : 0;
  // Panes the team froze itself are its own view of its sheet: they stay.
  return { rows: ts.headerRow + 1, cols, unlessFrozen: true };
}

/** A scheduled task's planned dates, the ones it has. */
const datesOf = (t: ScheduledTask): number[] =>
  [t.start, t.due].filter((v): v is number => v !== null);

/**
 * What the run ends with: the checks on the schedule, the critical path (its Gantt rules as a plan
 * fragment, and its issue) and the news of what was written, in that order.
 */
function closingIssues(
  ts: TaskSheet,
  schedule: readonly ScheduledTask[],
  dependencies: Dependencies,
  at: {
    readonly startCol: number;
    readonly dueCol: number;
    readonly main: MilestoneUse | undefined;
    readonly dated: number;
    readonly gantt: GanttSpan | null | undefined;
  },
  options: TimelineOptions,
): { readonly issues: readonly Issue[]; readonly critical: SheetPlan } {
  const { startCol, dueCol, main, gantt } = at;
  const critical = criticalMarks(schedule, dependencies, { ts, startCol, dueCol, main, gantt });
  const locale = options.locale && { locale: options.locale };
  const checks = checkSchedule(schedule, {
    sheet: ts.sheet,
    dueCol,
    start: at.main?.value ?? null,
    ...locale,
  });
  const written = issue('TIMELINE_WRITTEN', 'info', issueCell(ts.sheet, ts.headerRow, dueCol), {
    dated: at.dated,
    tasks: ts.tasks.length,
    start: columnLetters(startCol),
    due: columnLetters(dueCol),
  });
  return { issues: [...checks, ...critical.issues, written], critical: critical.plan };
}
