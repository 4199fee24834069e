import { columnLetters } from '../a1';
import { rowSpan } from '../numbers/convertTextNumbers';
import { blank, block, formula, text, type Block, type PlanCell } from '../plan';
import { CHANNEL_OWNED } from './columns';
import type { ChannelColumns, ChannelTable } from './types';

/**
 * 渠道ROI = 成交金额 / 花费 and 花费占比 = 花费 / the table's total spend, one block a column from
 * the header down; rows that name no channel are blanked, so an earlier run's formulas go.
 * @example channelFormulas(table, channelColumns(table))[0].cells[1] // [=IF(SUM(B4)=0,"",SUM(E4)/B4)]
 */
export function channelFormulas(t: ChannelTable, cols: ChannelColumns): Block[] {
  const { spend, gmv } = t.cols;
  const at = (col: number, row: number) => `${columnLetters(col)}${row + 1}`;
  const spendRange = `$${columnLetters(spend)}$${t.rows.first + 1}:$${columnLetters(spend)}$${t.rows.rangeEnd + 1}`;
  const chosen = new Set(t.channelRows);
  const cells = rowSpan(t.header.row, Math.max(t.rows.dataEnd, t.header.row)).map(
    (row): [PlanCell, PlanCell] => {
      if (row === t.header.row) return [text(CHANNEL_OWNED.roi), text(CHANNEL_OWNED.share)];
      if (!chosen.has(row)) return [blank, blank];
      const s = at(spend, row);
      return [
        // A channel with no spend yet has no ROI: blank rather than a division by zero. SUM of
        // one cell, not N(): Gnumeric's N() of a blank cell is #NUM!.
        formula(`=IF(SUM(${s})=0,"",SUM(${at(gmv, row)})/${s})`),
        formula(`=IFERROR(SUM(${s})/SUM(${spendRange}),"")`),
      ];
    },
  );
  return [
    block(
      { row: t.header.row, col: cols.roiCol },
      cells.map(([roi]) => [roi]),
    ),
    block(
      { row: t.header.row, col: cols.shareCol },
      cells.map(([, share]) => [share]),
    ),
  ];
}
