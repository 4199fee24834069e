import { cellAddress } from '../../a1';
import type { IssueCell } from '../../issues';

/**
 * The cell an issue points at; a role the sheet lacks points at column A of the row.
 * @example issueCell('推进表', 4, 9) // { sheet: '推进表', address: 'J5' }
 */
export function issueCell(sheet: string, row: number, col: number | undefined): IssueCell {
  return { sheet, address: cellAddress({ row, col: col ?? 0 }) };
}
