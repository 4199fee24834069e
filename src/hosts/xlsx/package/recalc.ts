import { DetailedCellError, HyperFormula, type RawCellContent } from 'hyperformula';
import type { CellRef } from '../../../core/a1';
import type { CellValue } from '../../../core/grid';
import type { Worksheet } from './worksheet';

/**
 * Computes the cached value of every formula the writer wrote, so a workbook previewed without
 * recalculation (WeChat, 钉钉, a file browser, a phone) shows numbers, not blanks. The team's own
 * formulas enter as the values Excel last saved for them, so nothing of theirs is re-evaluated by
 * another engine; the file still asks for a full recalculation on open.
 */
export function cacheWrittenFormulas(
  sheets: ReadonlyMap<string, Worksheet>,
  written: ReadonlyMap<string, readonly CellRef[]>,
): void {
  if ([...written.values()].every((cells) => cells.length === 0)) return;
  const contents: Record<string, RawCellContent[][]> = {};
  for (const [name, ws] of sheets) contents[name] = sheetContents(ws, written.get(name) ?? []);
  const hf = HyperFormula.buildFromSheets(contents, {
    licenseKey: 'gpl-v3',
    smartRounding: false,
    maxRows: 1048576,
    maxColumns: 16384,
  });
  for (const [name, cells] of written) {
    const ws = sheets.get(name);
    const id = hf.getSheetId(name);
    if (!ws || id === undefined) continue;
    for (const at of cells)
      ws.setCachedValue(at.row, at.col, computed(hf.getCellValue({ sheet: id, ...at })));
  }
  hf.destroy();
}

/** A sheet as rows of HyperFormula input: the writer's formulas, and saved values elsewhere. */
function sheetContents(ws: Worksheet, own: readonly CellRef[]): RawCellContent[][] {
  const rows: RawCellContent[][] = [];
  const put = (at: CellRef, v: RawCellContent) => {
    const line = (rows[at.row] ??= []);
    line[at.col] = v;
  };
  for (const [at] of ws.data.entries()) put(at, rawValue(ws.valueAt(at.row, at.col)));
  for (const at of own) put(at, ws.data.formula(at.row, at.col));
  for (let r = 0; r < rows.length; r++) rows[r] = Array.from(rows[r] ?? [], (v) => v ?? null);
  return rows;
}

/** A saved value as HyperFormula input: text that looks like a formula or number stays text. */
function rawValue(v: CellValue): RawCellContent {
  if (v === null || typeof v === 'number' || typeof v === 'boolean') return v;
  if (typeof v === 'string') return `'${v}`; // the apostrophe keeps text as text
  return v.error;
}

/**
 * A computed value as the cache holds it. A formula that lands on an empty cell (`=$J$6`,
 * INDEX of a blank) is empty in HyperFormula, but a formula cell always shows a value: Excel
 * and LibreOffice show 0, so 0 is cached rather than no value at all.
 */
function computed(v: ReturnType<HyperFormula['getCellValue']>): CellValue {
  if (v instanceof DetailedCellError) return { error: v.value };
  return v === undefined || v === null ? 0 : v;
}
