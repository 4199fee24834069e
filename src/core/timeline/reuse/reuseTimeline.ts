import { columnLetters } from '../../a1';
import type { Grid } from '../../grid';
import { issue, type Issue } from '../../issues';
import { mergeSheetPlans, type WorkbookPlan } from '../../plan';
import { issueCell } from '../_lib/issueCell';
import { generateTimeline } from '../generateTimeline';
import { findMilestones } from '../milestoneCells';
import { readTaskSheet } from '../readTaskSheet';
import type { TimelineOptions, TimelineResult } from '../types';
import { editGrid } from './editGrid';
import { extendCalendar, reuseLastYear } from './extendCalendar';
import { movedDates, type MovedDate } from './movedDates';
import { checkReuseAnchors, keptMilestones } from './reuseAnchors';
import { noteColumn, reuseEdits, reusePlan } from './reuseEdits';

export interface ReuseOptions extends Omit<TimelineOptions, 'anchors'> {
  /** The milestones' dates in the finished plan (CLI --from), as serials. */
  readonly from: Readonly<Record<string, number>>;
  /** Their dates in the next campaign (CLI --to). */
  readonly to: Readonly<Record<string, number>>;
}

export interface ReuseResult {
  /** The typed dates turned into deadlines. */
  readonly moved: readonly MovedDate[];
  /** The timeline generated on the reused plan; null when the milestones given do not pair up. */
  readonly timeline: TimelineResult | null;
  /** Everything to write; null when nothing may be written. */
  readonly plan: WorkbookPlan | null;
  readonly issues: readonly Issue[];
}

/**
 * Turns a finished 推进表 into the next campaign's: every typed due and start date becomes a
 * deadline on the nearest old milestone (`开团前12天`, `开团后30分钟`, `报名前3个工作日`), the old
 * text kept in 原时间, the milestone cells set to their new dates, and the timeline generated on
 * it, so each task keeps its distance to its milestone. Null when the grid holds no 推进表.
 * @example reuseTimeline(grid, { from: { 开团: 46337.8333 }, to: { 开团: 46556.8333 } })?.moved[0]?.relative.phrase
 */
export function reuseTimeline(grid: Grid, options: ReuseOptions): ReuseResult | null {
  const { from, to, ...timelineOptions } = options;
  const ts = readTaskSheet(grid, options.mapping);
  if (!ts) return null;
  const anchors = checkReuseAnchors(from, to);
  if (anchors.issues.length > 0)
    return { moved: [], timeline: null, plan: null, issues: anchors.issues };
  const found = findMilestones(grid, ts);
  const moved = movedDates(ts, found, anchors.from);
  const note = noteColumn(grid, ts);
  const edits = reuseEdits(ts, moved, note.col, found, anchors.to);
  // Milestones the sheet has are set in place (edits); the others get a pair in the block.
  const onSheet = new Set(found.cells.map((c) => c.name));
  const newPairs = Object.entries(anchors.to).filter(([name]) => !onSheet.has(name));
  const lastYear = reuseLastYear(anchors.to, moved, anchors.from);
  const extension = options.calendar ? extendCalendar(options.calendar, lastYear) : null;
  const timeline = generateTimeline(editGrid(grid, [...edits, ...note.planted]), {
    ...timelineOptions,
    calendar: extension?.calendar ?? options.calendar ?? null,
    anchors: Object.fromEntries(newPairs),
  });
  if (!timeline) return null;
  const told = reuseIssue(grid.sheet, ts.headerRow, note.col, moved);
  const kept = keptMilestones(grid.sheet, found, anchors.to);
  const issues = [told, ...kept, ...(extension?.issues ?? []), ...timeline.issues];
  if (!timeline.plan) return { moved, timeline, plan: null, issues };
  const own = reusePlan(grid.sheet, edits, note.col, ts);
  const sheets = timeline.plan.sheets.map((sp) =>
    sp.sheet === grid.sheet ? mergeSheetPlans(own, sp) : sp,
  );
  if (extension) sheets.push(extension.plan);
  return { moved, timeline, plan: { ...timeline.plan, sheets }, issues };
}

/** What the reuse did, or that the plan held no typed date to move. */
function reuseIssue(
  sheet: string,
  headerRow: number,
  noteCol: number,
  moved: readonly MovedDate[],
) {
  if (moved.length === 0) return issue('REUSE_NOTHING_TYPED', 'warning', { sheet }, { sheet });
  return issue('REUSE_WRITTEN', 'info', issueCell(sheet, headerRow, noteCol), {
    count: moved.length,
    column: columnLetters(noteCol),
  });
}
