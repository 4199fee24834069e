/** Queues a load of the chart names of the given sheets; read them after the next sync. */
export function loadChartNames(
  context: Excel.RequestContext,
  sheets: readonly string[],
): Map<string, Excel.ChartCollection> {
  const out = new Map<string, Excel.ChartCollection>();
  for (const sheet of sheets) {
    const charts = context.workbook.worksheets.getItem(sheet).charts;
    charts.load('items/name');
    out.set(sheet, charts);
  }
  return out;
}

/** The names of a sheet's charts loaded by loadChartNames (none when not loaded). */
export const chartNamesOf = (
  loaded: ReadonlyMap<string, Excel.ChartCollection>,
  sheet: string,
): Set<string> => new Set(loaded.get(sheet)?.items.map((c) => c.name) ?? []);
