/**
 * A formula as Excel means it, for comparing how two writers wrote it: outside string literals,
 * without the leading `=`, spaces or case, and with sheet names unquoted (Excel, LibreOffice and
 * openpyxl quote `'推进表'!A1` or not as they please).
 * @example formulaKey("='推进表'!A1 + 1") === formulaKey('=推进表!a1+1') // true
 */
export function formulaKey(formula: string): string {
  // Even parts are outside "…" literals ("" inside a literal splits into two empty halves: fine).
  return formula
    .replace(/^\s*=/, '')
    .split('"')
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part
            .replace(/'((?:[^']|'')+)'!/g, (_, name: string) => `${name.replace(/''/g, "'")}!`)
            .replace(/\s+/g, '')
            .toUpperCase(),
    )
    .join('"');
}

/**
 * Whether two formulas are the same formula, however each writer spelled it.
 * @example sameFormula('=SUM(A1:A3)', '=sum( A1:A3 )') // true
 */
export const sameFormula = (a: string, b: string): boolean => formulaKey(a) === formulaKey(b);
