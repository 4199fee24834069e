import { rangeAddress } from '../../core/a1';
import type { ChartSpec, SheetPlan } from '../../core/plan';
import { rangeIn, sheetIn } from './target';
import type { ExistingChart } from './chartNames';
import type { Write } from './types';

/**
 * Deletes the charts a plan replaces or removes, then adds its charts: their series, categories
 * on the x axis (ExcelApi 1.7), placed over the plan's cells. A chart is deleted through its loaded
 * item, by id: Excel allows several charts with one name and `getItem(name)` answers the first,
 * which may be the team's copy. When several carry the name, none is deleted.
 */
export function chartWrites(sp: SheetPlan, existing: readonly ExistingChart[]): Write[] {
  const gone = new Set([...(sp.removeCharts ?? []), ...(sp.charts ?? []).map((c) => c.name)]);
  const deletes: Write[] = [...gone].flatMap((n) => {
    const [only, ...more] = existing.filter((c) => c.name === n);
    return only && more.length === 0 ? [{ bytes: 60, run: () => only.delete() }] : [];
  });
  return [...deletes, ...(sp.charts ?? []).map((spec) => chartAdd(sp.sheet, spec))];
}

/** The names of a plan's charts that several charts of the sheet carry: none of them was replaced. */
export const sharedChartNames = (sp: SheetPlan, existing: readonly ExistingChart[]): string[] =>
  (sp.charts ?? [])
    .map((c) => c.name)
    .filter((n) => existing.filter((c) => c.name === n).length > 1);

/**
 * `charts.add` over the first series' values makes a chart of that one series; each further series
 * is added by name and given its values (ExcelApi 1.7: "not visible until set values",
 * https://learn.microsoft.com/javascript/api/excel/excel.chartseriescollection#excel-excel-chartseriescollection-add-member(1)).
 * Every series takes the chart's categories, and the legend shows only when there are several.
 */
function chartAdd(sheet: string, spec: ChartSpec): Write {
  return {
    bytes: 400 + 200 * spec.series.length,
    run: (c) => {
      const [first, ...more] = spec.series;
      const chart = sheetIn(c, sheet).charts.add(
        spec.kind === 'line' ? 'Line' : 'ColumnClustered',
        rangeIn(c, sheet, first.values),
        'Columns',
      );
      chart.name = spec.name;
      chart.title.text = spec.title;
      chart.legend.visible = more.length > 0;
      const categories = rangeIn(c, sheet, spec.categories);
      const firstSeries = chart.series.getItemAt(0);
      firstSeries.name = first.name;
      firstSeries.setXAxisValues(categories);
      for (const s of more) {
        const series = chart.series.add(s.name);
        series.setValues(rangeIn(c, sheet, s.values));
        series.setXAxisValues(categories);
      }
      const { row, col, rows, cols } = spec.at;
      chart.setPosition(
        rangeAddress({ row, col, rows: 1, cols: 1 }),
        rangeAddress({ row: row + rows - 1, col: col + cols - 1, rows: 1, cols: 1 }),
      );
    },
  };
}
