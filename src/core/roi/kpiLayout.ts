import { cellAddress } from '../a1';
import { channelColumns } from './channelColumns';
import { KPI_LABELS, type KpiLabel } from './kpis';
import type { ChannelTable, KpiLayout, SalesTable } from './types';

/**
 * Where the KPI block goes: from the sales header row down, two columns right of the table, of
 * the add-in's per-row columns and of a channel table on the same sheet, so it covers none of them.
 * The 毛利率 and 总投入 input cells sit below the figures, after a blank row.
 * @example kpiLayout(table, [{ col: 7 }], null).ref('客单价') // '$K$11'
 */
export function kpiLayout(
  sales: SalesTable,
  owned: readonly { readonly col: number }[],
  sameSheetChannels: ChannelTable | null,
): KpiLayout {
  const col =
    Math.max(
      sales.header.lastCol,
      ...owned.map((o) => o.col),
      sameSheetChannels ? channelColumns(sameSheetChannels).right : -1,
    ) + 2;
  const top = sales.header.row;
  const rowOf = (label: KpiLabel) => top + 1 + KPI_LABELS.indexOf(label);
  const marginInput = { row: top + KPI_LABELS.length + 2, col: col + 1 };
  return {
    top,
    col,
    rowOf,
    ref: (label) => cellAddress({ row: rowOf(label), col: col + 1 }, true),
    skip: { row: top, col },
    marginInput,
    spendInput: { row: marginInput.row + 1, col: col + 1 },
  };
}
