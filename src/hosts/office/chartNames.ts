/** A chart a sheet holds: Excel allows several with one name, so its id is what tells them apart. */
export interface ExistingChart {
  readonly id: string;
  readonly name: string;
  /** Queues the deletion of exactly this chart (through the loaded item, not by name). */
  readonly delete: () => void;
}

/**
 * Queues a load of the charts (name and id, ExcelApi 1.7) of the given sheets; read them after
 * the next sync with chartsOf.
 */
export function loadChartNames(
  context: Excel.RequestContext,
  sheets: readonly string[],
): Map<string, Excel.ChartCollection> {
  const out = new Map<string, Excel.ChartCollection>();
  for (const sheet of sheets) {
    const charts = context.workbook.worksheets.getItem(sheet).charts;
    charts.load('items/name,items/id');
    out.set(sheet, charts);
  }
  return out;
}

/** The charts of a sheet loaded by loadChartNames (none when not loaded). */
export const chartsOf = (
  loaded: ReadonlyMap<string, Excel.ChartCollection>,
  sheet: string,
): ExistingChart[] =>
  loaded.get(sheet)?.items.map((c) => ({ id: c.id, name: c.name, delete: () => c.delete() })) ?? [];

/** The ids of a sheet's charts loaded by loadChartNames. */
export const chartIdsOf = (
  loaded: ReadonlyMap<string, Excel.ChartCollection>,
  sheet: string,
): Set<string> => new Set(chartsOf(loaded, sheet).map((c) => c.id));
