import type { SheetPlan } from './types';

/**
 * A sheet plan with nothing in it yet; spread it and fill what you need.
 * @example { ...sheetPlan('预算', true), blocks: [block({ row: 0, col: 0 }, [[text('合计')]])] }
 */
export function sheetPlan(sheet: string, createIfMissing = false): SheetPlan {
  return {
    sheet,
    createIfMissing,
    clearFormats: [],
    blocks: [],
    numberFormats: [],
    styles: [],
    conditionalFormats: [],
    validations: [],
    columnWidths: [],
    owned: [],
  };
}
