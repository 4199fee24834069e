import type ExcelJS from 'exceljs';

/** Makes a cell the active one, on the active tab, when the file is next opened. */
export function selectCell(
  workbook: ExcelJS.Workbook,
  ws: ExcelJS.Worksheet,
  address: string,
): void {
  ws.views = [{ ...(ws.views?.[0] ?? {}), activeCell: address }];
  const view = workbook.views?.[0] ?? {
    x: 0,
    y: 0,
    width: 10000,
    height: 20000,
    firstSheet: 0,
    visibility: 'visible',
  };
  workbook.views = [{ ...view, activeTab: workbook.worksheets.indexOf(ws) }];
}
