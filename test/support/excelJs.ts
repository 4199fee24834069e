import ExcelJS from 'exceljs';
import { writtenByAnotherProgram } from './writtenWorkbooks';

/**
 * A workbook file as another program reads it (ExcelJS): tests inspect what the add-in wrote
 * through a reader other than its own, and change a file as a person with another tool would.
 */
export async function readWithExcelJs(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

/**
 * Opens `file` in ExcelJS, applies `edit`, and saves the result as `out`: a file another program
 * wrote, so convertWithLibreOffice does not hold it to the add-in's rules (see ./writtenWorkbooks).
 */
export async function editWithExcelJs(
  file: string,
  out: string,
  edit: (wb: ExcelJS.Workbook) => void,
): Promise<void> {
  const wb = await readWithExcelJs(file);
  edit(wb);
  await wb.xlsx.writeFile(out);
  writtenByAnotherProgram(out);
}
