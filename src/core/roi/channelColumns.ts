import { ownedColumns } from '../grid/header';
import { CHANNEL_OWNED, CHART_COLS } from './columns';
import type { ChannelColumns, ChannelTable } from './types';

/**
 * Where the add-in's columns go beside a channel table: 渠道ROI and 花费占比 where an earlier run
 * put them, else right of the table; then the 保本ROI label and its value, then the ROI chart.
 * @example channelColumns(table) // { roiCol: 6, shareCol: 7, labelCol: 8, chartCol: 11, right: 18 }
 */
export function channelColumns(t: ChannelTable): ChannelColumns {
  const own = ownedColumns(t.header);
  const roiCol = own(CHANNEL_OWNED.roi);
  const shareCol = own(CHANNEL_OWNED.share);
  const labelCol = Math.max(roiCol, shareCol) + 1;
  return { roiCol, shareCol, labelCol, chartCol: labelCol + 3, right: labelCol + 3 + CHART_COLS };
}
