import type { CellValue } from '../../grid';

/**
 * A record field as text: the backup sheet holds text there, but a spreadsheet program may have
 * turned a number-like text into a number; anything else reads as empty.
 * @example asText(12) // '12'
 */
export const asText = (v: CellValue | undefined): string =>
  typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : '';
