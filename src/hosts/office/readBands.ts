import { rangeAddress, type RangeBox } from '../../core/a1';
import { jsonBytes, REQUEST_BUDGET_BYTES } from './requestBudget';

/** A used range to read: its sheet and where it lies. */
export interface UsedArea {
  readonly sheet: string;
  readonly box: RangeBox;
}

/** What a band read gives: rows of values and formulas (and number formats when asked for). */
export interface AreaCells {
  readonly values: unknown[][];
  readonly formulas: unknown[][];
  readonly numberFormat: unknown[][];
}

/**
 * A guess of what one cell adds to a response before any is read (its value and formula as JSON); after the first band each area is sized by what its rows really weighed.
 */
const FIRST_GUESS_BYTES_PER_CELL = 96;
/** Room left for rows heavier than those already read. */
const MARGIN = 1.5;
/** A response over the limit is retried with bands half as tall, this many times. */
const RETRIES = 6;

interface Progress {
  readonly area: UsedArea;
  read: number;
  perRow: number;
  readonly cells: AreaCells;
}

/**
 * Reads the values and formulas (and, `withFormats`, the number formats) of several ranges in row bands, as few requests
 * as fit: each request carries bands of several areas while its estimated response stays under
 * the 4 MB budget (Excel on the web refuses responses over 5 MB). Estimates are what the rows
 * already read weighed as JSON, the way the response is counted; a response that is still too
 * large is asked again in bands half as tall.
 */
export async function readBands(
  context: Excel.RequestContext,
  areas: readonly UsedArea[],
  withFormats = false,
): Promise<AreaCells[]> {
  const guess = FIRST_GUESS_BYTES_PER_CELL * (withFormats ? 1.5 : 1);
  const all: Progress[] = areas.map((area) => ({
    area,
    read: 0,
    perRow: Math.max(1, area.box.cols * guess),
    cells: { values: [], formulas: [], numberFormat: [] },
  }));
  let retries = 0;
  for (;;) {
    const bands = nextBands(all);
    if (bands.length === 0) return all.map((p) => p.cells);
    const loaded = bands.map(({ p, rows }) => {
      const box = { ...p.area.box, row: p.area.box.row + p.read, rows };
      const range = context.workbook.worksheets.getItem(p.area.sheet).getRange(rangeAddress(box));
      if (withFormats) range.load('values,formulas,numberFormat');
      else range.load('values,formulas');
      return { p, rows, range };
    });
    try {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one band a 4 MB response
      await context.sync();
    } catch (e) {
      if (!tooLarge(e) || ++retries > RETRIES) throw e;
      for (const { p } of loaded) p.perRow *= 2;
      continue;
    }
    for (const { p, rows, range } of loaded) taken(p, rows, range, withFormats);
  }
}

/** The bands of the next request: each area's next rows while the estimate stays in budget. */
function nextBands(all: Progress[]): { p: Progress; rows: number }[] {
  let budget = REQUEST_BUDGET_BYTES;
  const out: { p: Progress; rows: number }[] = [];
  for (const p of all) {
    const left = p.area.box.rows - p.read;
    if (left <= 0) continue;
    const fits = Math.floor(budget / p.perRow);
    if (fits < 1 && out.length > 0) break;
    const rows = Math.max(1, Math.min(left, fits));
    out.push({ p, rows });
    budget -= rows * p.perRow;
    if (budget <= 0) break;
  }
  return out;
}

function taken(p: Progress, rows: number, range: Excel.Range, withFormats: boolean): void {
  const { values, formulas } = range;
  const formats = withFormats ? range.numberFormat : [];
  p.cells.values.push(...values);
  p.cells.formulas.push(...formulas);
  p.cells.numberFormat.push(...formats);
  p.read += rows;
  const weighed = jsonBytes(values) + jsonBytes(formulas) + jsonBytes(formats);
  p.perRow = Math.max(1, (weighed / rows) * MARGIN);
}

const tooLarge = (e: unknown) =>
  typeof e === 'object' &&
  e !== null &&
  'code' in e &&
  e.code === 'ResponsePayloadSizeLimitExceeded';
