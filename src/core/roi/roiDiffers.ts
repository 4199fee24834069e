import { cellAddress, rangeAddress } from '../a1';
import { labelIn, valueAt, type Grid } from '../grid';
import { issue, type Issue } from '../issues';
import { numberIn } from '../numbers/parseNumberText';
import type { ChannelTable } from './types';

/** How far the export's ROI may be from 渠道ROI before it is reported: 1 % of ours. */
export const ROI_TOLERANCE = 0.01;

/** Platforms show ROI to two decimals: a gap within that rounding is no difference. */
const ROUNDING = 0.005;

// 1e-9: a gap of exactly 1 % is within, whatever binary fractions make of it.
const near = (theirs: number, value: number) =>
  Math.abs(theirs - value) <= Math.max(ROI_TOLERANCE * Math.abs(value), ROUNDING) + 1e-9;

/** Two decimals, or four where two would show both figures alike. */
const shown = (a: number, b: number): [string, string] =>
  a.toFixed(2) === b.toFixed(2) ? [a.toFixed(4), b.toFixed(4)] : [a.toFixed(2), b.toFixed(2)];

interface Compared {
  readonly row: number;
  readonly channel: string;
  readonly theirs: number;
  readonly ours: number;
}

/**
 * The export's own ROI column (投产比, ROI …) against 渠道ROI = 成交金额 ÷ 花费, channel by channel:
 * a warning for each channel more than 1 % apart, or one warning for the whole column when it
 * reads as the inverse (花费 ÷ 成交金额 ≈ 1/渠道ROI for every channel). The column is never written.
 * Channels without spend, or without a number in the export's column, are passed over.
 * @example roiDiffers(grid, table)[0].params // { channel: '人群推广', header: '投产比', theirs: '2.60', ours: '2.40' }
 */
export function roiDiffers(grid: Grid, t: ChannelTable): Issue[] {
  const col = t.header.mapping.roi;
  if (col === undefined) return [];
  const header = t.header.headers[col] ?? 'ROI';
  const compared = t.channelRows.flatMap((row): Compared[] => {
    const spend = numberIn(valueAt(grid, { row, col: t.cols.spend }));
    const theirs = numberIn(valueAt(grid, { row, col }));
    if (spend === null || !(spend > 0) || theirs === null) return [];
    const gmv = numberIn(valueAt(grid, { row, col: t.cols.gmv })) ?? 0;
    const channel = labelIn(valueAt(grid, { row, col: t.cols.channel }));
    return [{ row, channel, theirs, ours: gmv / spend }];
  });
  const differing = compared.filter((c) => !near(c.theirs, c.ours));
  const [first] = differing;
  if (!first) return [];
  const inverse = compared.every((c) => c.ours > 0 && near(c.theirs, 1 / c.ours));
  const at = (row: number) => ({ sheet: t.sheet, address: cellAddress({ row, col }) });
  if (inverse) {
    const [theirs, ours] = shown(first.theirs, first.ours);
    const rows = compared.map((c) => c.row);
    const box = { row: Math.min(...rows), col, rows: Math.max(...rows) - Math.min(...rows) + 1 };
    return [
      issue(
        'CHANNEL_ROI_INVERSE',
        'warning',
        { sheet: t.sheet, address: rangeAddress({ ...box, cols: 1 }) },
        { header, count: compared.length, channel: first.channel, theirs, ours },
      ),
    ];
  }
  return differing.map((c) => {
    const [theirs, ours] = shown(c.theirs, c.ours);
    return issue('CHANNEL_ROI_DIFFERS', 'warning', at(c.row), {
      channel: c.channel,
      header,
      theirs,
      ours,
    });
  });
}
