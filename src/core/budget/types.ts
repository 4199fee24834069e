import type { Issue } from '../issues';
import type { PlanCell, WorkbookPlan } from '../plan';
import type { BudgetRole } from './columns';

export type BudgetMapping = Partial<Record<BudgetRole, number>>;

/** One budget line as read. */
export interface BudgetLine {
  readonly row: number;
  readonly category: string;
  readonly item: string;
  readonly deposit: boolean;
}

/** A budget table as read: where its header is, what each column means, its lines. */
export interface BudgetSheet {
  readonly sheet: string;
  readonly headerRow: number;
  readonly mapping: BudgetMapping;
  readonly owned: Readonly<Record<string, number>>;
  readonly lastCol: number;
  readonly lines: readonly BudgetLine[];
  readonly lastRow: number;
  readonly headers: Readonly<Record<number, string>>;
}

export interface BudgetOptions {
  readonly mapping?: BudgetMapping;
  /** The reserve rate to set (task pane); else the sheet's, else 10%. */
  readonly reserveRate?: number;
}

export interface BudgetResult {
  readonly budget: BudgetSheet;
  readonly plan: WorkbookPlan;
  readonly issues: readonly Issue[];
  /** Where 合计, 实际合计 … sit: labelled cells the ROI figures refer to. */
  readonly totals: Readonly<Record<'合计' | '风险备用金' | '预算总额' | '实际合计', string>>;
}

/** Where the add-in's columns beside the lines go, and which column holds each line's amount. */
export interface BudgetColumns {
  /** The team keeps its own amounts in a 金额/小计 column: the add-in writes no 预算小计. */
  readonly teamAmounts: boolean;
  /** 预算小计 (单价 × 数量 × 天数), unless the team keeps its amounts or has no 单价. */
  readonly subtotal: number | null;
  /** 汇总类别: the category filled down, when the table has a 类别 column. */
  readonly category: number | null;
  /** 费用性质: cost or deposit. */
  readonly nature: number;
  /** 差异 and 执行率 against the team's 实际 column, when it has one. */
  readonly actual: {
    readonly col: number;
    readonly variance: number;
    readonly rate: number;
  } | null;
  /** Each line's planned amount: 预算小计, else the team's own. */
  readonly amount: number;
  /** The first line row, and the last row the totals reach. */
  readonly first: number;
  readonly last: number;
  /** The last row the lines, or an earlier run's columns beside them, reach. */
  readonly extent: number;
}

/** One of the add-in's columns beside the lines: its header, its cell on each row, how far it goes. */
export interface LineColumn {
  readonly col: number;
  readonly header: string;
  readonly cell: (row: number) => PlanCell;
  /** The last row written. */
  readonly end: number;
}

/** Where the summary block sits and what its formulas sum over. */
export interface SummaryLayout {
  /** The block's title row (the header row) and its first column. */
  readonly top: number;
  readonly col: number;
  readonly categories: readonly string[];
  /** The 合计 row, counted from `top`; 风险备用金比例, 风险备用金, 预算总额 and 实际合计 follow it. */
  readonly totalRow: number;
  /** Absolute ranges down the lines' columns, as far as the totals reach. */
  readonly amounts: string;
  readonly natures: string;
  readonly categoriesRange: string | null;
  readonly actuals: string | null;
}
