import type { CellValue } from '../../core/grid';

/**
 * `range.formulas` gives a text cell that starts with "=" back as the same text, exactly like a
 * formula. A formula's value is its result, never its own source, so equal means text.
 */
export function formulaOf(f: unknown, value: unknown): string | null {
  return typeof f === 'string' && f.startsWith('=') && f !== value ? f : null;
}

/** office-js gives "" for empty cells and error text ("#DIV/0!") for errors. */
export function fromOfficeValue(v: unknown): CellValue {
  if (v === '' || v === null || v === undefined) return null;
  if (
    typeof v === 'string' &&
    /^#(DIV\/0!|N\/A|NAME\?|NULL!|NUM!|REF!|VALUE!|SPILL!|CALC!|GETTING_DATA)$/.test(v)
  )
    return { error: v };
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  return JSON.stringify(v);
}

/** What a loaded range holds, as core reads it: values, formulas (null for constants), formats. */
export function cellsOf(r: Excel.Range): {
  values: CellValue[][];
  formulas: (string | null)[][];
  numberFormats: string[][];
} {
  return {
    values: r.values.map((row) => row.map(fromOfficeValue)),
    formulas: r.formulas.map((row, i) => row.map((f, j) => formulaOf(f, r.values[i]?.[j]))),
    numberFormats: r.numberFormat.map((row) => row.map(String)),
  };
}
