import { columnLetters } from '../../../a1';

/**
 * Rows below the header whose rules a run clears first: far past any 推进表, so a table that grew
 * or shrank leaves no stale rule.
 */
export const RULE_ROWS = 1000;

/**
 * A column fixed in a rule formula: the row stays relative, so one rule serves every task row.
 * @example col$(7) // '$H'
 */
export const col$ = (col: number): string => `$${columnLetters(col)}`;

/**
 * A fixed range of one column between two 0-based rows.
 * @example range$(7, 1, 29) // '$H$2:$H$30'
 */
export const range$ = (col: number, first: number, last: number): string =>
  `${col$(col)}$${first + 1}:${col$(col)}$${last + 1}`;
