import { useMemo, useState } from 'react';
import { planBudget, readBudgetBook } from '../../app/budget';
import { columnLetters } from '../../core/a1';
import { BUDGET_ROLES, type BudgetRole } from '../../core/budget/columns';
import type { BudgetResult } from '../../core/budget/generateBudget';
import type { Issue } from '../../core/issues';
import type { WorkbookHost } from '../../hosts/types';
import { useWorkbookReadState } from '../useWorkbookRead';
import type { ViewProps } from '.';
import { busyStep, type BusyStep } from './BusyNote';
import { columnChoices, type ColumnChoice } from './MappingFields';
import { useApplyPlan } from './useApplyPlan';
import { useColumnMapping } from './useColumnMapping';
import { useSheetChoice } from './useSheetChoice';

export const BUDGET_ROLE_IDS: readonly BudgetRole[] = BUDGET_ROLES.map((r) => r.role).filter(
  (r) => r !== 'department' && r !== 'notes',
);

export interface BudgetState {
  readonly sheets: readonly string[];
  readonly sheet: string | null;
  setSheet(name: string): void;
  /** Null until read; `create` when the workbook has no budget and the plan makes one. */
  readonly result: BudgetResult | null;
  readonly creating: boolean;
  readonly columns: readonly ColumnChoice[];
  setRole(role: BudgetRole, col: number | null): void;
  /** The reserve rate in percent, as typed. */
  readonly ratePercent: number | null;
  setRatePercent(p: number | null): void;
  readonly issues: readonly { readonly issue: Issue; readonly text: string }[];
  /** What the view is waiting for, if anything: its spinner says so. */
  readonly step: BusyStep | null;
  readonly done: string | null;
  run(): Promise<void>;
  select(issue: Issue): Promise<void>;
}

const readBook = (host: WorkbookHost) => readBudgetBook(host);

/** Reads the workbook for the 预算表 view and writes the budget's formulas, or a new budget. */
export function useBudget({ host, locale, restored, onChange }: ViewProps): BudgetState {
  const { mapping, setRole, clear: clearMapping } = useColumnMapping<BudgetRole>();
  const [ratePercent, setRatePercent] = useState<number | null>(null);
  const { busy, done, version, apply, select, listed } = useApplyPlan(
    host,
    locale,
    restored,
    onChange,
  );

  const { value: book, reading } = useWorkbookReadState(host, readBook, version);
  const candidates = useMemo(() => book?.matches.map((g) => g.sheet) ?? null, [book]);
  const { sheet, pick } = useSheetChoice(candidates);
  const creating = candidates?.length === 0;

  const prepared = useMemo(() => {
    if (!book) return null;
    const rate = ratePercent === null ? {} : { reserveRate: ratePercent / 100 };
    return planBudget(book, { mapping, ...rate, create: true, ...(sheet ? { sheet } : {}) });
  }, [book, mapping, ratePercent, sheet]);
  const result = prepared?.result ?? null;
  const columns = useMemo(
    () =>
      result ? columnChoices(result.budget.headers, result.budget.lastCol, columnLetters) : [],
    [result],
  );
  const news = result?.issues.find((i) => i.code === 'BUDGET_WRITTEN');

  return {
    sheets: candidates ?? [],
    sheet,
    setSheet: (name) => {
      pick(name);
      clearMapping();
    },
    result,
    creating,
    columns,
    setRole,
    ratePercent,
    setRatePercent,
    issues: listed(prepared?.issues, 'BUDGET_WRITTEN'),
    step: busyStep(busy, reading),
    done,
    run: () => apply(result?.plan, news, prepared?.issues),
    select,
  };
}
