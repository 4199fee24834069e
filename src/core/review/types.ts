import type { Issue } from '../issues';
import type { WorkbookPlan } from '../plan';

/** A 推进表 the add-in generated: its rows and the columns the 复盘 counts. */
export interface TaskSource {
  readonly sheet: string;
  /** The task rows, in sheet order (0-based rows). */
  readonly tasks: readonly {
    readonly row: number;
    readonly department: string;
    readonly phase: string;
  }[];
  /** The first and last row of the table. */
  readonly first: number;
  readonly last: number;
  /** 计划截止, 偏差天数 (null without an actual-finish column), and the columns shown for a slip. */
  readonly due: number;
  readonly deviation: number | null;
  readonly finish: number | null;
  readonly task: number | null;
  readonly owner: number | null;
}

/** A budget with the add-in's summary block: where it is and what its lines are. */
export interface BudgetSource {
  readonly sheet: string;
  /** The summary's title cell; categories from its third row, then 合计 and the totals. */
  readonly top: number;
  readonly col: number;
  readonly categories: readonly string[];
  readonly totalRow: number;
  readonly hasActuals: boolean;
  /** The cost lines (deposits left out): their rows, and the columns of 项目, 小计 and 实际. */
  readonly lines: readonly number[];
  readonly itemCol: number | null;
  readonly categoryCol: number | null;
  readonly amountCol: number;
  readonly actualCol: number | null;
}

/** A sales sheet with the add-in's KPI block, and its channel table when there is one. */
export interface SalesSource {
  readonly sheet: string;
  /** Each figure's absolute address on the sales sheet (`$K$5`). */
  readonly figures: Readonly<Record<string, string>>;
  /** The days: date and 支付金额 columns, and the data rows. */
  readonly dateCol: number | null;
  readonly gmvCol: number;
  readonly planCol: number | null;
  readonly days: readonly number[];
  readonly channels: {
    readonly sheet: string;
    readonly name: number;
    readonly spend: number;
    readonly gmv: number;
    readonly rows: readonly number[];
  } | null;
}

/** The 目标 sheet of 目标拆解: the chosen targets, as sheet-qualified absolute references. */
export interface TargetSource {
  readonly sheet: string;
  readonly gmv: string;
  readonly conversion: string;
  readonly aov: string;
  /** The day-by-day plan: dates and 目标销售额, absolute ranges. */
  readonly dailyDates: string;
  readonly dailyGmv: string;
}

/** What the 复盘 is built from; each part absent when the workbook has none. */
export interface ReviewSources {
  readonly tasks?: TaskSource;
  readonly budget?: BudgetSource;
  readonly sales?: SalesSource;
  readonly target?: TargetSource;
  /** What is missing, for the sheet's notes: a short text each. */
  readonly missing: readonly Issue[];
}

/** The 复盘's plan and what to tell the user. */
export interface ReviewResult {
  readonly plan: WorkbookPlan;
  readonly issues: readonly Issue[];
}
