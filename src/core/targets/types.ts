import type { Grid } from '../grid';
import type { Issue } from '../issues';
import type { WorkbookPlan } from '../plan';
import type { BurstLink } from './burstMilestone';
import type { HourlyCurve } from './hourlyHistory';
import type { InputName } from './layout';

/** A figure the 目标 sheet starts from, and where it came from (shown beside it). */
export interface Sourced {
  readonly value: number;
  readonly note: string;
  /** A live link written instead of the value (爆发日 on the 推进表's milestone). */
  readonly formula?: string;
}

/** Everything typed on the 目标 sheet: the inputs, the scenarios, the phases and the channels. */
export interface TargetValues {
  readonly inputs: Readonly<Record<InputName, Sourced>>;
  readonly multipliers: readonly number[];
  readonly scenario: string;
  readonly phases: readonly { name: string; share: number; days: number }[];
  readonly channels: readonly { name: string; share: number; roi: number | null }[];
}

/** What the user chose, over the workbook's history and the assumptions. */
export interface TargetOptions {
  readonly target?: number;
  readonly aov?: number;
  readonly conversion?: number;
  readonly margin?: number;
  /** 爆发日 as an Excel serial. */
  readonly burstDay?: number;
  /** The last campaign's sales sheet: 客单价 and 转化率 come from its sums. */
  readonly sales?: Grid;
  /** The 目标 sheet of an earlier run: its input cells are kept. */
  readonly existing?: Grid;
  /** 爆发日 on the 推进表's milestone, when the workbook has one. */
  readonly burstLink?: BurstLink;
  /** The last campaign's hourly curve, when the workbook holds one; else the default curve. */
  readonly hourlyCurve?: HourlyCurve;
  /** The 爆发日 sheet of an earlier run: its hourly shares are kept. */
  readonly existingHourly?: Grid;
  /** 预算总额 as a sheet-qualified absolute address (`'预算'!$N$20`), when there is a budget. */
  readonly budgetTotal?: string;
}

/** The 目标 sheet's plan, the addresses of its key figures, and what to tell the user. */
export interface TargetsResult {
  readonly plan: WorkbookPlan;
  readonly issues: readonly Issue[];
  readonly values: TargetValues;
}
