/**
 * What the fake answers to reads, each as Excel answers it:
 * - a response is limited as a request is: "Excel on the web has a payload size limit for requests
 *   and responses of 5MB" and a larger one fails with `ResponsePayloadSizeLimitExceeded` ("The
 *   response payload size has exceeded the limit … This error only occurs in Excel on the web"):
 *   https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins
 *   and https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling.
 *   The fake sizes a response as the UTF-8 JSON of everything the request loaded.
 * - `getMergedAreasOrNullObject`: "if the merged areas count in this range is more than 512, then
 *   this method will fail to return the result"
 *   (https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getmergedareasornullobject-member(1)).
 *   The error code is not documented; the fake fails the whole request with GeneralException.
 * - addresses name the sheet of each block, blocks joined by commas ("Sheet1!A1:B4, Sheet1!D1:D4",
 *   https://learn.microsoft.com/javascript/api/excel/excel.rangeareas#excel-excel-rangeareas-address-member),
 *   and a sheet name is quoted, inner quotes doubled, where Excel quotes it: "Two Names" reads
 *   "'Two Names'!A1:A1", "Sheet's With Apostrophe" reads "'Sheet''s With Apostrophe'!A1:A1", plain
 *   "Sheet1" stays bare (https://github.com/OfficeDev/office-js/issues/512), and so does a name
 *   that could be read as a cell ("ev1" reads "'ev1'!A1", https://github.com/OfficeDev/office-js/issues/3643).
 * - the used range "is the smallest range that encompasses any cells that have a value"
 *   (valuesOnly): it starts at the first used cell, not at A1
 *   (https://learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-getusedrangeornullobject-member(1)).
 */
import { cellAddress, type RangeBox } from '../../src/core/a1';

/** More merged areas than this in one range and `getMergedAreasOrNullObject` fails. */
export const MERGED_AREAS_LIMIT = 512;

/** A sheet name as Excel writes it in an address: bare when plain, else quoted. */
export function addressSheet(name: string): string {
  const plain = /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name);
  const cellLike = /^[A-Za-z]{1,3}\d+$/.test(name) || /^[Rr]\d*[Cc]\d*$/.test(name);
  return plain && !cellLike ? name : `'${name.replace(/'/g, "''")}'`;
}

/** `Sheet1!A1:B4` for a rectangle, as Range.address reads (a single cell reads `A1`). */
export function excelAddress(sheet: string, box: RangeBox): string {
  const end = { row: box.row + box.rows - 1, col: box.col + box.cols - 1 };
  const last = box.rows * box.cols > 1 ? `:${cellAddress(end)}` : '';
  return `${addressSheet(sheet)}!${cellAddress(box)}${last}`;
}

/** The smallest rectangle holding every cell with a value or a formula, or null when none. */
export function usedBox(
  values: readonly (readonly unknown[])[],
  formulas: readonly (readonly unknown[])[],
): RangeBox | null {
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  values.forEach((line, r) =>
    line.forEach((v, c) => {
      if (v === null && !formulas[r]?.[c]) return;
      top = Math.min(top, r);
      left = Math.min(left, c);
      bottom = Math.max(bottom, r);
      right = Math.max(right, c);
    }),
  );
  if (bottom < 0) return null;
  return { row: top, col: left, rows: bottom - top + 1, cols: right - left + 1 };
}
