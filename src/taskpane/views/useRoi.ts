import { useEffect, useMemo, useState } from 'react';
import { columnLetters, parseCell } from '../../core/a1';
import { valueAt, type CellValue, type Grid } from '../../core/grid';
import type { Issue, Locale } from '../../core/issues';
import { SALES_ROLES, type SalesRole } from '../../core/roi/columns';
import { generateRoi, readsAsSales, type RoiResult } from '../../core/roi/generateRoi';
import type { KpiLabel } from '../../core/roi/kpis';
import { roiSources } from '../../core/roi/workbookSources';
import { sheetsReadingAs } from '../../hosts/_lib/sheetsReadingAs';
import type { WorkbookHost } from '../../hosts/types';
import { columnChoices, type ColumnChoice } from './MappingFields';
import { useApplyPlan } from './useApplyPlan';
import { useColumnMapping } from './useColumnMapping';

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
  readonly busy: boolean;
  readonly done: string | null;
  run(): Promise<void>;
  select(issue: Issue): Promise<void>;
}

/** Reads the workbook for the 计算ROI view, writes the figures, and reads the key ones back. */
export function useRoi(host: WorkbookHost, locale: Locale, onChange?: () => void): RoiState {
  const [grids, setGrids] = useState<Grid[] | null>(null);
  const [sheet, setSheet] = useState<string | null>(null);
  const { mapping, setRole, clear: clearMapping } = useColumnMapping<SalesRole>();
  const [marginPercent, setMarginPercent] = useState<number | null>(null);
  const [ranOnce, setRanOnce] = useState(false);
  const { busy, done, version, apply, select, listed } = useApplyPlan(host, locale, () => {
    setRanOnce(true);
    onChange?.();
  });

  // One read of every sheet: the sales sheets to choose from, and the budget and channels they use.
  useEffect(() => {
    void sheetsReadingAs(host, () => true).then(({ matches }) => setGrids(matches));
  }, [host, version]);
  const sheets = useMemo(() => (grids ?? []).filter(readsAsSales).map((g) => g.sheet), [grids]);
  useEffect(() => {
    setSheet((current) => (current && sheets.includes(current) ? current : (sheets[0] ?? null)));
  }, [sheets]);

  const grid = grids?.find((g) => g.sheet === sheet) ?? null;
  const result = useMemo(() => {
    if (!grid || !grids) return null;
    const margin = marginPercent === null ? {} : { margin: marginPercent / 100 };
    return generateRoi(grid, { ...roiSources(grid, grids), mapping, ...margin });
  }, [grid, grids, mapping, marginPercent]);
  const columns = useMemo(
    () => (result ? columnChoices(result.headers, result.lastCol, columnLetters) : []),
    [result],
  );

  // After a run the sheet holds the figures: read back what the workbook computed.
  const figures = useMemo(() => {
    if (!ranOnce || !grid || !result) return null;
    return KEY_FIGURES.filter((l) => result.figures[l]).map((label) => ({
      label,
      value: valueAt(grid, parseCell(result.figures[label]!)),
    }));
  }, [ranOnce, grid, result]);

  return {
    sheets,
    sheet,
    setSheet: (name) => {
      setSheet(name);
      clearMapping();
    },
    result,
    none: grids !== null && sheets.length === 0,
    columns,
    setRole,
    marginPercent,
    setMarginPercent,
    figures,
    issues: listed(result?.issues, 'ROI_WRITTEN'),
    busy,
    done,
    run: () =>
      apply(
        result?.plan,
        result?.issues.find((i) => i.code === 'ROI_WRITTEN'),
      ),
    select,
  };
}
