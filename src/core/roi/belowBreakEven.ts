import { cellAddress } from '../a1';
import { labelIn, valueAt, type Grid } from '../grid';
import { issue, type Issue } from '../issues';
import { numberIn } from '../numbers/parseNumberText';
import type { ChannelTable } from './types';

/**
 * A warning for each channel whose ROI now is below 保本ROI (1 ÷ 毛利率): it loses money. Channels
 * without spend are passed over; without a positive margin nothing can be said.
 * @example belowBreakEven(grid, table, 6, 0.4)[0].params // { channel: '引力魔方', roi: '2.00', breakEven: '2.50' }
 */
export function belowBreakEven(
  grid: Grid,
  t: ChannelTable,
  roiCol: number,
  margin: number | null,
): Issue[] {
  if (margin === null || !(margin > 0)) return [];
  return t.channelRows.flatMap((row) => {
    const spend = numberIn(valueAt(grid, { row, col: t.cols.spend }));
    const gmv = numberIn(valueAt(grid, { row, col: t.cols.gmv })) ?? 0;
    if (!spend || gmv / spend >= 1 / margin) return [];
    return [
      issue(
        'CHANNEL_BELOW_BREAK_EVEN',
        'warning',
        { sheet: t.sheet, address: cellAddress({ row, col: roiCol }) },
        {
          channel: labelIn(valueAt(grid, { row, col: t.cols.channel })),
          roi: (gmv / spend).toFixed(2),
          breakEven: (1 / margin).toFixed(2),
        },
      ),
    ];
  });
}
