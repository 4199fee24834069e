/**
 * The functions core may write into a formula: each one is evaluated alike by Excel 2016 and
 * later (desktop, web, Mac), WPS, LibreOffice and HyperFormula. Newer functions (LET, LAMBDA,
 * XLOOKUP, IFS, MAXIFS, FILTER …) would show #NAME? in older Excel or in LibreOffice, and
 * volatile OFFSET/INDIRECT would slow every recalculation: they stay out. So does N(), which
 * Gnumeric evaluates to #NUM! on a blank cell.
 * A test checks HyperFormula registers every name here.
 */
export const ALLOWED_FUNCTIONS = [
  // arithmetic and aggregation
  'SUM',
  'SUMIF',
  'SUMIFS',
  'SUMPRODUCT',
  'COUNT',
  'COUNTA',
  'COUNTBLANK',
  'COUNTIF',
  'COUNTIFS',
  'MIN',
  'MAX',
  'AVERAGE',
  'AVERAGEIF',
  'ROUND',
  'ROUNDUP',
  'ROUNDDOWN',
  'INT',
  'ABS',
  'MOD',
  // logic and errors
  'IF',
  'IFERROR',
  'AND',
  'OR',
  'NOT',
  'ISBLANK',
  'ISNUMBER',
  'ISTEXT',
  'ISERROR',
  // lookup
  'INDEX',
  'MATCH',
  'VLOOKUP',
  'ROW',
  'COLUMN',
  // dates and times
  'DATE',
  'TIME',
  'YEAR',
  'MONTH',
  'DAY',
  'HOUR',
  'MINUTE',
  'WEEKDAY',
  'TODAY',
  'NOW',
  'EDATE',
  'EOMONTH',
  // text
  'LEN',
  'TRIM',
  'LEFT',
  'RIGHT',
  'MID',
  'CONCATENATE',
  'TEXT',
  'VALUE',
  // Not N(): Gnumeric gives #NUM! for N() of a blank cell; SUM() of one cell is 0 everywhere.
  'FIND',
  'SEARCH',
] as const;

export type AllowedFunction = (typeof ALLOWED_FUNCTIONS)[number];

const ALLOWED = new Set<string>(ALLOWED_FUNCTIONS);

/** A formula built by core named a function outside the allow-list: a program fault. */
export class FormulaNotAllowedError extends Error {
  constructor(
    readonly formula: string,
    readonly functions: readonly string[],
  ) {
    super(`formula uses functions outside the allow-list (${functions.join(', ')}): ${formula}`);
    this.name = 'FormulaNotAllowedError';
  }
}

/**
 * The function names called in a formula, upper-case, skipping text in "strings" and
 * 'quoted sheet names'.
 * @example functionsIn('=IFERROR(SUM(\'my(sheet)\'!A1:A9)/B1,"SUM(x)")') // ["IFERROR", "SUM"]
 */
export function functionsIn(formula: string): string[] {
  const bare = formula.replace(/"(?:[^"]|"")*"/g, '""').replace(/'(?:[^']|'')*'/g, "''");
  const names = new Set<string>();
  for (const m of bare.matchAll(/([A-Za-z_][A-Za-z0-9_.]*)\s*\(/g)) {
    if (m[1]) names.add(m[1].toUpperCase());
  }
  return [...names];
}

/**
 * Throws FormulaNotAllowedError when a formula calls a function outside the allow-list.
 * @example assertAllowedFormula('=SUM(A1:A3)') // passes
 */
export function assertAllowedFormula(formula: string): void {
  const bad = functionsIn(formula).filter((f) => !ALLOWED.has(f));
  if (bad.length > 0) throw new FormulaNotAllowedError(formula, bad);
}
