import type { Grid } from '../core/grid';
import { issue, type Issue, type IssueCode } from '../core/issues';
import type { TeamSheets } from './teamSheets';

/** What a command says when it finds no sheet to work on, or more than one. */
export interface SheetCodes {
  /** The named sheet does not read as the command's input (params: sheet). */
  readonly unreadable: IssueCode;
  /** No sheet of the workbook reads (params: sheets). */
  readonly none: IssueCode;
  /** Several sheets read and none was named (params: sheets). */
  readonly several: IssueCode;
}

/** A chosen grid, or the issue that says why there is none. */
export type Choice = { readonly grid: Grid } | { readonly refusal: Issue };

/**
 * The sheet a command works on: the one named (which must exist), or the only one that reads.
 * An unknown name, no candidate or several is an error issue, never a throw.
 * @example chooseSheet(book, undefined, BUDGET_CODES) // { grid } or { refusal: Issue }
 */
export function chooseSheet(
  book: TeamSheets,
  named: string | undefined,
  codes: SheetCodes,
): Choice {
  const sheets = book.names.join('、');
  if (named !== undefined) {
    if (!book.names.includes(named))
      return { refusal: issue('SHEET_NOT_FOUND', 'error', undefined, { sheet: named, sheets }) };
    const grid = book.matches.find((g) => g.sheet === named) ?? book.named;
    return grid ? { grid } : { refusal: unreadable(codes, named) };
  }
  const [first, second] = book.matches;
  if (!first) return { refusal: issue(codes.none, 'error', undefined, { sheets }) };
  if (!second) return { grid: first };
  const several = book.matches.map((g) => g.sheet).join('、');
  return { refusal: issue(codes.several, 'error', undefined, { sheets: several }) };
}

/** The named sheet was found but does not read as the command's input. */
export function unreadable(codes: SheetCodes, sheet: string): Issue {
  return issue(codes.unreadable, 'error', { sheet }, { sheet });
}
