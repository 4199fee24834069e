import type { CellRef, RangeBox } from '../a1';
import type { Grid } from '../grid';
import type { Issue, Locale } from '../issues';
import type { Block, PlanCell, WorkbookPlan } from '../plan';
import type { Actuals } from './actuals';
import type { BlockShape } from './blockShape';
import type { MilestoneMark } from './tracking/ganttLabels';
import type { Deadline } from './deadline';
import type { ColumnMapping, TaskRow, TaskSheet } from './readTaskSheet';
import type { TypedDate, UndatableDate } from './typedDate';

/** What the planner sees besides the dates; the task pane switches the Gantt and sets its range. */
export interface TrackingOptions {
  readonly gantt: boolean;
  /** The Gantt's widest span in days. */
  readonly ganttMaxDays: number;
}

export interface TimelineOptions {
  /** Milestone values the user gave (task pane fields, CLI --anchor), as serials. */
  readonly anchors?: Readonly<Record<string, number>>;
  /** The user's corrections to the detected column mapping. */
  readonly mapping?: ColumnMapping;
  /** The workbook's 工作日历 sheet when it has one: it is the team's, so it is read, never rewritten. */
  readonly calendar?: Grid | null;
  /** Status, summaries and the Gantt; all on unless told otherwise. */
  readonly tracking?: TrackingOptions;
  /** The language of texts that checks put into issue parameters. */
  readonly locale?: Locale;
}

/** A milestone the sheet uses, where its value comes from and how many tasks need it. */
export interface MilestoneUse {
  readonly name: string;
  readonly value: number | null;
  /** The value cell formulas point at, e.g. `$K$4`. */
  readonly address: string | null;
  readonly source: 'block' | 'team' | 'anchor' | 'missing';
  readonly uses: number;
}

/** A task's planned dates as its formulas compute them today (null when it has none). */
export interface ScheduledTask {
  readonly task: TaskRow;
  readonly start: number | null;
  readonly due: number | null;
}

/** Where the Gantt's first day column is, and how many days it shows. */
export interface GanttSpan {
  readonly col: number;
  readonly days: number;
}

export interface TimelineResult {
  readonly taskSheet: TaskSheet;
  readonly milestones: readonly MilestoneUse[];
  readonly issues: readonly Issue[];
  /** Null when the run cannot go on (a milestone has no date): nothing is written. */
  readonly plan: WorkbookPlan | null;
  readonly dated: number;
  readonly columns: { readonly start: number; readonly due: number };
  readonly schedule: readonly ScheduledTask[];
  /** Where the Gantt's first day column is, and how many days it shows. */
  readonly gantt?: GanttSpan | null;
}

/** A due or start cell as read: a relative deadline, a date the team typed, or why it is neither. */
export type TaskDate = Deadline | TypedDate | UndatableDate;

/** A task's due and start cells as read; null for an empty cell. */
export interface ParsedTask {
  readonly task: TaskRow;
  readonly due: TaskDate | null;
  readonly start: TaskDate | null;
}

/** The milestones a sheet's deadlines count from, and the name each deadline's milestone stands for. */
export interface MilestoneNeeds {
  /** In the order of KNOWN_MILESTONES, custom milestones last, each with its number of task ends. */
  readonly needed: readonly { readonly name: string; readonly uses: number }[];
  readonly canonical: (name: string) => string;
}

/** The milestones with their values, and what reading them asked for. */
export interface ResolvedMilestones {
  readonly milestones: readonly MilestoneUse[];
  /** Dates typed as text in milestone cells, written back as dates. */
  readonly dateFixes: readonly Block[];
  readonly issues: readonly Issue[];
  /** The milestone block's name | date pairs, new pairs for anchors included. */
  readonly pairs: number;
}

/** A deadline's milestone, by the name the deadline uses: its value cell and its value. */
export interface MilestoneLookup {
  ref(name: string): string;
  value(name: string): number;
}

/** Where the add-in's two planned columns and its milestone block go on the team's sheet. */
export interface TimelinePlace {
  readonly startCol: number;
  readonly dueCol: number;
  /** The 偏差天数 column, when the sheet has an actual finish column; else null. */
  readonly deviationCol?: number | null;
  /** The milestone block: its marker cell (里程碑) and how it lies. */
  readonly block: BlockShape;
}

/** Where the generator put things, and what the tracking plan needs to know of it. */
export interface TrackingLayout {
  readonly grid: Grid;
  readonly ts: TaskSheet;
  readonly startCol: number;
  readonly dueCol: number;
  /** The last row the planned columns cover. */
  readonly extent: number;
  /** The milestone block's cells (its same-day limit row included, when there is one). */
  readonly blockBox: RangeBox;
  /** Where the same-day limit goes: the block's row after its last pair. */
  readonly limitAt: CellRef;
  /** Where an earlier run put it (before this run added pairs), to keep the team's value. */
  readonly limitBefore?: CellRef;
  /**
   * What the Gantt's first day counts from: the main milestone's value cell and value, or, in a
   * plan of typed dates only, an expression (`MIN($H$4:$I$20)`) of its earliest planned date.
   */
  readonly main: { readonly address: string; readonly value: number };
  /** The milestones the plan counts from: their value cells, names and values. */
  readonly milestones: readonly MilestoneMark[];
  readonly schedule: readonly ScheduledTask[];
  /** The team's actual start, finish and progress columns and the 偏差天数 column; none if absent. */
  readonly actuals?: Actuals;
}

/** A part of the summary: its heading row first, a blank row last, rows counted from the heading. */
export interface SummarySection {
  readonly rows: readonly (readonly PlanCell[])[];
  /** Rows whose second and third cells are dates. */
  readonly dateRows: readonly number[];
  /** Rows whose fourth cell is a share. */
  readonly percentRows: readonly number[];
}
