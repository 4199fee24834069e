import type { CellValue } from '../../src/core/grid';
import { readPackage, savedValues } from './packageParts';

/** What an engine computed: per sheet name, per A1 address ("H4"), the value it saved. */
export type SheetResults = Map<string, Map<string, CellValue>>;

/**
 * The value every cell of an xlsx file was saved with, as the file declares its type (see
 * packageParts' savedValues). Read from the XML rather than through ExcelJS, which reads a
 * formula's `t="s"` result (Gnumeric's empty text) as the number 0, LibreOffice's empty `t="str"`
 * result as no value, and dates as JS Dates rounded to the millisecond.
 */
export async function readSavedValues(file: string): Promise<SheetResults> {
  return savedValues(await readPackage(file));
}
