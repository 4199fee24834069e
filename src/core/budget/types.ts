import type { Issue } from '../issues';
import type { PlanCell, WorkbookPlan } from '../plan';
import type { ExcludedRow } from './budgetRows';
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
  /** The last row of the table: a line or the team's own total row. */
  readonly lastRow: number;
  /** Rows the sums reach that are not lines: the team's totals, the note that ends the table. */
  readonly excluded: readonly ExcludedRow[];
  /** The team's own grand total row, when the table ends with one. */
  readonly teamTotal: number | null;
  /** The last row the sums reach: the team's total row, the note under the table, or a band. */
  readonly rangeEnd: number;
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
  /** The team types amounts in a 金额/小计 column: 预算小计 takes them where typed. */
  readonly teamAmounts: boolean;
  /** 预算小计: the team's amount where typed, else 单价 × 数量 × 天数; one formula a row. */
  readonly subtotal: number;
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
  /** Each line's planned amount: the 预算小计 column. */
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
