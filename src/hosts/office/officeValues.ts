import type { CellValue } from '../../core/grid';

/**
 * `range.formulas` gives a text cell that starts with "=" back as the same text, exactly like a
 * formula. A formula's value is its result, never its own source, so equal means text.
 */
export function formulaOf(f: unknown, value: unknown): string | null {
  return typeof f === 'string' && f.startsWith('=') && f !== value ? f : null;
}

/**
 * Every error value Excel shows: the seven classic ones, #GETTING_DATA, the ones of dynamic arrays,
 * linked data types and external data (the displayed values of Excel.ErrorCellValueType in the
 * office-js reference: #BLOCKED!, #BUSY!, #CALC!, #CONNECT!, #EXTERNAL!, #FIELD!, #SPILL!,
 * #UNKNOWN!) and Python in Excel's #PYTHON! and #TIMEOUT!.
 */
export const EXCEL_ERROR_VALUES: readonly string[] = [
  '#NULL!',
  '#DIV/0!',
  '#VALUE!',
  '#REF!',
  '#NAME?',
  '#NUM!',
  '#N/A',
  '#GETTING_DATA',
  '#SPILL!',
  '#CALC!',
  '#BLOCKED!',
  '#BUSY!',
  '#CONNECT!',
  '#EXTERNAL!',
  '#FIELD!',
  '#UNKNOWN!',
  '#PYTHON!',
  '#TIMEOUT!',
];
const ERROR_VALUES = new Set(EXCEL_ERROR_VALUES);

/** A cell value as core reads it: office-js gives "" for empty cells and error text for errors. */
export function fromOfficeValue(v: unknown): CellValue {
  return fromOfficeCell(v);
}

/**
 * A cell value and its `valueTypes` entry as core reads it. With the type the answer is Excel's
 * own: "Error" is an error whatever its text (an error value Excel adds later), and a text cell
 * reading "#N/A" stays text; without it, a value is an error when it is one of Excel's error texts.
 */
export function fromOfficeCell(v: unknown, valueType?: string): CellValue {
  if (v === '' || v === null || v === undefined) return null;
  if (valueType === 'Error' || (valueType === undefined && ERROR_VALUES.has(v as string)))
    return { error: typeof v === 'string' ? v : JSON.stringify(v) };
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  return JSON.stringify(v);
}

/**
 * What a loaded range holds, as core reads it: values, formulas (null for constants), formats;
 * pass the range's loaded `valueTypes` to have Excel say which values are errors.
 */
export function cellsOf(
  r: Pick<Excel.Range, 'values' | 'formulas' | 'numberFormat'>,
  valueTypes?: readonly (readonly string[])[],
): {
  values: CellValue[][];
  formulas: (string | null)[][];
  numberFormats: string[][];
} {
  return {
    values: r.values.map((row, i) => row.map((v, j) => fromOfficeCell(v, valueTypes?.[i]?.[j]))),
    formulas: r.formulas.map((row, i) => row.map((f, j) => formulaOf(f, r.values[i]?.[j]))),
    numberFormats: r.numberFormat.map((row) => row.map(String)),
  };
}
