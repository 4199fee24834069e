import { rangeAddress, type RangeBox } from '../../core/a1';
import { areaBoxes } from './areaAddresses';
import type { UsedArea } from './readBands';

/** Rows of a sheet's top read for merged areas when the whole sheet has too many. */
const HEADER_ROWS = 50;

/**
 * The merged areas of each used range, in a request of their own: `getMergedAreasOrNullObject`
 * fails past 512 areas (office-js reference), and then every range of the request fails. After
 * such a failure each sheet is asked alone, and a sheet that still fails is asked for its top
 * rows only, where headers are merged (a sheet of hundreds of merged rows lower down keeps its
 * header merges). A failure there too is the host's, and is thrown.
 */
export async function readMerges(
  context: Excel.RequestContext,
  areas: readonly UsedArea[],
): Promise<RangeBox[][]> {
  if (areas.length === 0) return [];
  try {
    return await mergesOf(context, areas);
  } catch {
    const out: RangeBox[][] = [];
    for (const area of areas) out.push(await mergesAlone(context, area));
    return out;
  }
}

async function mergesAlone(context: Excel.RequestContext, area: UsedArea): Promise<RangeBox[]> {
  try {
    return (await mergesOf(context, [area]))[0] ?? [];
  } catch {
    const top = { ...area.box, rows: Math.min(area.box.rows, HEADER_ROWS) };
    return (await mergesOf(context, [{ sheet: area.sheet, box: top }]))[0] ?? [];
  }
}

async function mergesOf(
  context: Excel.RequestContext,
  areas: readonly UsedArea[],
): Promise<RangeBox[][]> {
  const reads = areas.map(({ sheet, box }) => {
    const range = context.workbook.worksheets.getItem(sheet).getRange(rangeAddress(box));
    return range.getMergedAreasOrNullObject().load('address');
  });
  await context.sync();
  return reads.map((m) => (m.isNullObject ? [] : areaBoxes(m.address)));
}
