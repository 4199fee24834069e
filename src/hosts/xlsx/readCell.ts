import type ExcelJS from 'exceljs';
import type { CellValue } from '../../core/grid';

// ExcelJS turns date-formatted cells into JS Dates built from UTC milliseconds; this turns them
// back into serials with UTC arithmetic only, so the machine's time zone never matters.
const UNIX_EPOCH_SERIAL = 25569;
const MS_PER_DAY = 86400000;
const serialOfDate = (d: Date) => d.getTime() / MS_PER_DAY + UNIX_EPOCH_SERIAL;

/** A cell's value as core reads it, and its formula (with "=") when it has one. */
export function readCell(cell: ExcelJS.Cell): [CellValue, string | null] {
  const v = cell.value;
  if (v === null || v === undefined) return [null, null];
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return [v, null];
  if (v instanceof Date) return [serialOfDate(v), null];
  if (typeof v === 'object') {
    if ('error' in v) return [{ error: String(v.error) }, null];
    if ('richText' in v) return [v.richText.map((t) => t.text).join(''), null];
    if ('formula' in v || 'sharedFormula' in v) {
      const f = cell.formula;
      return [formulaResult(cell), f ? `=${f}` : null];
    }
    if ('text' in v) return [String((v as { text: unknown }).text), null];
  }
  return [String(v), null];
}

/** The last result a formula cell was saved with. */
function formulaResult(cell: ExcelJS.Cell): CellValue {
  // `cell.value` drops a result of 0; `cell.result` keeps it.
  const result: unknown = cell.result;
  if (result instanceof Date) return serialOfDate(result);
  if (typeof result === 'object' && result !== null && 'error' in result)
    return { error: String(result.error) };
  if (typeof result === 'number' || typeof result === 'string' || typeof result === 'boolean')
    return result;
  return null;
}
