import { useMemo, useState } from 'react';
import { planRoi, readRoiBook, type RoiBook } from '../../app/roi';
import { columnLetters, parseCell } from '../../core/a1';
import { valueAt, type CellValue } from '../../core/grid';
import type { Issue } from '../../core/issues';
import { SALES_ROLES, type SalesRole } from '../../core/roi/columns';
import type { RoiResult } from '../../core/roi/generateRoi';
import type { KpiLabel } from '../../core/roi/kpis';
import type { WorkbookHost } from '../../hosts/types';
import { useWorkbookReadState } from '../useWorkbookRead';
import type { ViewProps } from '.';
import { busyStep, type BusyStep } from './BusyNote';
import { columnChoices, type ColumnChoice } from './MappingFields';
import { useApplyPlan } from './useApplyPlan';
import { useColumnMapping } from './useColumnMapping';
import { useSheetChoice } from './useSheetChoice';

export const SALES_ROLE_IDS: readonly SalesRole[] = SALES_ROLES.map((r) => r.role);

/** The figures the pane reads back after a run: what an analyst reports first. */
export const KEY_FIGURES: readonly KpiLabel[] = ['支付金额', '投入产出比', '净利润', '保本ROI'];

export interface RoiState {
  readonly sheets: readonly string[];
  readonly sheet: string | null;
  setSheet(name: string): void;
  /** Null while reading, or when the workbook holds no sales table. */
  readonly result: RoiResult | null;
  /** True once read and no sheet holds sales data. */
  readonly none: boolean;
  readonly columns: readonly ColumnChoice[];
  setRole(role: SalesRole, col: number | null): void;
  /** 毛利率 in percent as typed, or null to use the workbook's. */
  readonly marginPercent: number | null;
  setMarginPercent(p: number | null): void;
  /** The key figures as the workbook computed them after the last run. */
  readonly figures: readonly { readonly label: KpiLabel; readonly value: CellValue }[] | null;
  readonly issues: readonly { readonly issue: Issue; readonly text: string }[];
  /** What the view is waiting for, if anything: its spinner says so. */
  readonly step: BusyStep | null;
  readonly done: string | null;
  run(): Promise<void>;
  select(issue: Issue): Promise<void>;
}

const readBook = (host: WorkbookHost) => readRoiBook(host);

/** The key figures as the sheet now computes them, read from the cells the run wrote. */
function keyFigures(result: RoiResult, book: RoiBook) {
  const grid = book.all.find((g) => g.sheet === result.sheet);
  if (!grid) return null;
  return KEY_FIGURES.flatMap((label) => {
    const at = result.figures[label];
    return at ? [{ label, value: valueAt(grid, parseCell(at)) }] : [];
  });
}

/** Reads the workbook for the 计算ROI view, writes the figures, and reads the key ones back. */
export function useRoi({ host, locale, restored, onChange }: ViewProps): RoiState {
  const { mapping, setRole, clear: clearMapping } = useColumnMapping<SalesRole>();
  const [marginPercent, setMarginPercent] = useState<number | null>(null);
  const { busy, done, ran, version, apply, select, listed } = useApplyPlan(
    host,
    locale,
    restored,
    onChange,
  );

  // One read of every sheet: the sales sheets to choose from, and the budget and channels they use.
  const { value: book, reading } = useWorkbookReadState(host, readBook, version);
  const candidates = useMemo(() => book?.matches.map((g) => g.sheet) ?? null, [book]);
  const { sheet, pick } = useSheetChoice(candidates);
  const prepared = useMemo(() => {
    if (!book || !sheet) return null;
    const margin = marginPercent === null ? {} : { margin: marginPercent / 100 };
    return planRoi(book, { sheet, mapping, ...margin });
  }, [book, sheet, mapping, marginPercent]);
  const result = prepared?.result ?? null;
  const columns = useMemo(
    () => (result ? columnChoices(result.headers, result.lastCol, columnLetters) : []),
    [result],
  );
  // After a run the sheet holds the figures: read back what the workbook computed (not after an
  // undo, which took the figures out of the sheet again).
  const figures = useMemo(
    () => (ran && !reading && book && result ? keyFigures(result, book) : null),
    [ran, reading, book, result],
  );
  const news = result?.issues.find((i) => i.code === 'ROI_WRITTEN');

  return {
    sheets: candidates ?? [],
    sheet,
    setSheet: (name) => {
      pick(name);
      clearMapping();
    },
    result,
    none: candidates?.length === 0,
    columns,
    setRole,
    marginPercent,
    setMarginPercent,
    figures,
    issues: listed(prepared?.issues, 'ROI_WRITTEN'),
    step: busyStep(busy, reading),
    done,
    run: () => apply(result?.plan, news, prepared?.issues),
    select,
  };
}
