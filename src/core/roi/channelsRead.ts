import { cellAddress } from '../a1';
import { issue, type Issue } from '../issues';
import type { ChannelTable } from './types';

/**
 * Which channel table the figures read, and how many channels: the user sees where 总投入 and the
 * channels' ROI came from.
 * @example channelsRead(table).params // { sheet: '推广渠道', count: 4 }
 */
export function channelsRead(t: ChannelTable): Issue {
  return issue(
    'CHANNELS_READ',
    'info',
    { sheet: t.sheet, address: cellAddress({ row: t.header.row, col: t.cols.channel }) },
    { sheet: t.sheet, count: t.channelRows.length },
  );
}
