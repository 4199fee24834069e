import { MESSAGES, type IssueCode } from './messages';

export { MESSAGES, type IssueCode } from './messages';

/** The two languages of the product; zh-CN is the default. */
export type Locale = 'zh-CN' | 'en-US';
export const LOCALES: readonly Locale[] = ['zh-CN', 'en-US'];

export type Severity = 'error' | 'warning' | 'info';

/** Where an issue points: a sheet and, when known, an A1 cell or range on it. */
export interface IssueCell {
  readonly sheet: string;
  readonly address?: string;
}

/**
 * A problem in the user's data, or news about what a run did: a value, never an exception.
 * The text comes from MESSAGES, filled with `params`.
 */
export interface Issue {
  readonly code: IssueCode;
  readonly severity: Severity;
  readonly cell?: IssueCell;
  readonly params: Readonly<Record<string, string | number>>;
}

/**
 * Builds an issue; `cell` is optional.
 * @example issue('SHEET_EMPTY', 'error', { sheet: '推进表' }, { sheet: '推进表' })
 */
export function issue(
  code: IssueCode,
  severity: Severity,
  cell?: IssueCell,
  params: Record<string, string | number> = {},
): Issue {
  return cell === undefined ? { code, severity, params } : { code, severity, cell, params };
}

/**
 * The message of an issue in the given language, prefixed by its cell (`'推进表'!D5: …`).
 * @example formatIssue(issue('SHEET_EMPTY', 'error', undefined, { sheet: 'A' }), 'en-US') // 'Sheet "A" is empty.'
 */
export function formatIssue(i: Issue, locale: Locale): string {
  const text = fillMessage(i.code, locale, i.params);
  if (!i.cell?.address) return text;
  return `${i.cell.sheet}!${i.cell.address}: ${text}`;
}

/**
 * `{name}` is a parameter; `{name:one|other}` is a word that agrees with it (English: "1 task",
 * "2 tasks"), the first form when the parameter is exactly 1. Chinese needs no plural forms.
 */
const PLACEHOLDER = /\{(\w+)(?::([^|{}]*)\|([^{}]*))?\}/g;

/**
 * A message of the table with its parameters filled in; unknown parameters stay visible.
 * @example fillMessage('RESTORED', 'en-US', { cells: 1 }) // "Undone: 1 cell is back as before the last run."
 */
export function fillMessage(
  code: IssueCode,
  locale: Locale,
  params: Readonly<Record<string, string | number>>,
): string {
  return MESSAGES[code][locale].replace(
    PLACEHOLDER,
    (all, key: string, one: string | undefined, other: string | undefined) => {
      if (!(key in params)) return all;
      if (one === undefined || other === undefined) return String(params[key]);
      return Number(params[key]) === 1 ? one : other;
    },
  );
}

/**
 * The product language for an Office display language or a POSIX locale: English for `en*`,
 * Chinese for everything else.
 * @example localeFor('en-GB') // 'en-US'
 */
export function localeFor(language: string | undefined): Locale {
  return language && /^en\b/i.test(language.replace('_', '-')) ? 'en-US' : 'zh-CN';
}
