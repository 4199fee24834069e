import { rangeAddress } from '../../core/a1';
import type { ChartSpec, SheetPlan } from '../../core/plan';
import { rangeIn, sheetIn } from './target';
import type { Write } from './types';

/**
 * Deletes the charts a plan replaces or removes, then adds its charts: one series, categories on
 * the x axis (ExcelApi 1.7), placed over the plan's cells.
 */
export function chartWrites(sp: SheetPlan, existingCharts: ReadonlySet<string>): Write[] {
  const gone = new Set([...(sp.removeCharts ?? []), ...(sp.charts ?? []).map((c) => c.name)]);
  const deletes: Write[] = [...gone]
    .filter((n) => existingCharts.has(n))
    .map((n) => ({ bytes: 60, run: (c) => sheetIn(c, sp.sheet).charts.getItem(n).delete() }));
  return [...deletes, ...(sp.charts ?? []).map((spec) => chartAdd(sp.sheet, spec))];
}

function chartAdd(sheet: string, spec: ChartSpec): Write {
  return {
    bytes: 400,
    run: (c) => {
      const chart = sheetIn(c, sheet).charts.add(
        spec.kind === 'line' ? 'Line' : 'ColumnClustered',
        rangeIn(c, sheet, spec.values),
        'Columns',
      );
      chart.name = spec.name;
      chart.title.text = spec.title;
      chart.legend.visible = false;
      const series = chart.series.getItemAt(0);
      series.name = spec.seriesName;
      series.setXAxisValues(rangeIn(c, sheet, spec.categories));
      const { row, col, rows, cols } = spec.at;
      chart.setPosition(
        rangeAddress({ row, col, rows: 1, cols: 1 }),
        rangeAddress({ row: row + rows - 1, col: col + cols - 1, rows: 1, cols: 1 }),
      );
    },
  };
}
