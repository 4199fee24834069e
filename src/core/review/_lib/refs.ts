import { columnLetters, quoteSheetName } from '../../a1';
import { box } from '../../targets/_lib/section';

/**
 * An absolute one-column range on another sheet, between two 0-based rows.
 * @example colOn('推进表', 7, 4, 9) // "'推进表'!$H$5:$H$10"
 */
export const colOn = (sheet: string, col: number, first: number, last: number): string =>
  `${quoteSheetName(sheet)}!$${columnLetters(col)}$${first + 1}:$${columnLetters(col)}$${last + 1}`;

/**
 * An absolute cell on another sheet.
 * @example cellOn('预算', 3, 13) // "'预算'!$N$4"
 */
export const cellOn = (sheet: string, row: number, col: number): string =>
  `${quoteSheetName(sheet)}!$${columnLetters(col)}$${row + 1}`;

/**
 * A cell of another sheet as text for a list: blank stays blank (not 0).
 * @example textOf("'推进表'!$D$5") // 'IF(\'推进表\'!$D$5="","",\'推进表\'!$D$5)'
 */
export const textOf = (ref: string): string => `IF(${ref}="","",${ref})`;

export { box };
