import { valueAt, type Grid } from '../grid';
import { numberIn } from '../numbers/parseNumberText';
import { readSalesTable } from '../roi/readSalesTable';

/** A day's hourly sales curve read from the workbook, and where it came from. */
export interface HourlyCurve {
  readonly shares: readonly number[];
  readonly note: string;
}

/** The fewest hours a sheet must hold to be taken as a day's curve rather than a few slots. */
const MIN_HOURS = 12;

/** The hour a time key names: `20:00`, `20:00-21:00`, `20：30`, or a time of day as a fraction. */
function hourOf(v: unknown): number | null {
  if (typeof v === 'number') return v >= 0 && v < 1 ? Math.floor(v * 24 + 1e-9) : null;
  const m = typeof v === 'string' ? /^\s*(\d{1,2})\s*[:：]\s*\d{2}/.exec(v) : null;
  const h = m?.[1] === undefined ? null : Number(m[1]);
  return h !== null && h < 24 ? h : null;
}

/**
 * The last campaign's hourly curve: each hour's share of 支付金额 on the first sales sheet whose
 * rows are hours of a day (生意参谋's 时段 export), 30-minute slots summed into their hour.
 * Null when no sheet holds at least 12 hours with sales.
 * @example hourlyHistory(grids)?.shares.length // 24
 */
export function hourlyHistory(grids: readonly Grid[]): HourlyCurve | null {
  for (const grid of grids) {
    const table = readSalesTable(grid);
    const key = table?.mapping.date;
    if (!table || key === undefined) continue;
    const sums = Array<number>(24).fill(0);
    for (const row of table.dataRows) {
      const h = hourOf(valueAt(grid, { row, col: key }));
      const gmv = numberIn(valueAt(grid, { row, col: table.gmvCol }));
      if (h !== null && gmv !== null && gmv > 0) sums[h] = (sums[h] ?? 0) + gmv;
    }
    const total = sums.reduce((s, v) => s + v, 0);
    if (sums.filter((v) => v > 0).length < MIN_HOURS || total <= 0) continue;
    return {
      shares: sums.map((v) => v / total),
      note: `占比取自“${grid.sheet}”的分时支付金额（上次活动），可改`,
    };
  }
  return null;
}
