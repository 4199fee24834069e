import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type ExcelJS from 'exceljs';
import { HostError } from '../errors';

/**
 * Writes a workbook to a file, asking spreadsheet programs to recalculate on open; a missing
 * output folder is a HostError.
 */
export async function saveWorkbook(workbook: ExcelJS.Workbook, file: string): Promise<void> {
  const dir = path.dirname(path.resolve(file));
  try {
    await fs.access(dir);
  } catch {
    throw new HostError('OUTPUT_DIR_MISSING', { dir });
  }
  workbook.calcProperties.fullCalcOnLoad = true;
  // ExcelJS writes the print area of a sheet named with an apostrophe undoubled ('Tom's'!A1),
  // which Excel reports as damaged: such a sheet goes without one (it prints its used range).
  for (const ws of workbook.worksheets)
    if (ws.name.includes("'") && ws.pageSetup.printArea) delete ws.pageSetup.printArea;
  await workbook.xlsx.writeFile(file);
}
