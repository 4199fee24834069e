import { useEffect, useMemo, useState } from 'react';
import { columnLetters } from '../../core/a1';
import { BUDGET_ROLES, type BudgetRole } from '../../core/budget/columns';
import { generateBudget, type BudgetResult } from '../../core/budget/generateBudget';
import { readBudget } from '../../core/budget/readBudget';
import { budgetFromNothing } from '../../core/budget/starter';
import type { Grid } from '../../core/grid';
import type { Issue, Locale } from '../../core/issues';
import type { WorkbookHost } from '../../hosts/types';
import { columnChoices, type ColumnChoice } from './MappingFields';
import { useApplyPlan } from './useApplyPlan';
import { useColumnMapping } from './useColumnMapping';
import { useSheetsReadingAs } from './useSheetsReadingAs';

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
  readonly busy: boolean;
  readonly done: string | null;
  run(): Promise<void>;
  select(issue: Issue): Promise<void>;
}

/** Reads the workbook for the 预算表 view and writes the budget's formulas, or a new budget. */
export function useBudget(host: WorkbookHost, locale: Locale, onChange?: () => void): BudgetState {
  const [sheet, setSheet] = useState<string | null>(null);
  const [grid, setGrid] = useState<Grid | null>(null);
  const { mapping, setRole, clear: clearMapping } = useColumnMapping<BudgetRole>();
  const [ratePercent, setRatePercent] = useState<number | null>(null);
  const { busy, done, version, apply, select, listed } = useApplyPlan(host, locale, onChange);

  const sheets = useSheetsReadingAs(host, readBudget, version);
  useEffect(() => {
    if (sheets)
      setSheet((current) => (current && sheets.includes(current) ? current : (sheets[0] ?? null)));
  }, [sheets]);

  useEffect(() => {
    if (sheet) void host.readSheet(sheet).then(setGrid);
  }, [host, sheet, version]);

  const options = useMemo(
    () => ({ mapping, ...(ratePercent !== null && { reserveRate: ratePercent / 100 }) }),
    [mapping, ratePercent],
  );
  const creating = sheets !== null && sheets.length === 0;
  const result = useMemo(
    () => (creating ? budgetFromNothing(options) : grid ? generateBudget(grid, options) : null),
    [creating, grid, options],
  );
  const columns = useMemo(
    () =>
      result ? columnChoices(result.budget.headers, result.budget.lastCol, columnLetters) : [],
    [result],
  );

  const run = () =>
    apply(
      result?.plan,
      result?.issues.find((i) => i.code === 'BUDGET_WRITTEN'),
    );
  const issues = listed(result?.issues, 'BUDGET_WRITTEN');

  return {
    sheets: sheets ?? [],
    sheet,
    setSheet: (name) => {
      setSheet(name);
      clearMapping();
    },
    result,
    creating,
    columns,
    setRole,
    ratePercent,
    setRatePercent,
    issues,
    busy,
    done,
    run,
    select,
  };
}
