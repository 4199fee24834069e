import { cellAddress, quoteSheetName } from '../../src/core/a1';
import { isErrorValue, type CellValue } from '../../src/core/grid';
import { MemoryHost, type RawCell } from '../../src/hosts/memory/MemoryHost';
import { XlsxHost } from '../../src/hosts/xlsx/XlsxHost';
import type { SheetResults } from './xlsxResults';

/** The engines every workbook the e2e tests recalculate is evaluated in. */
export const ENGINES = ['HyperFormula', 'LibreOffice', 'Gnumeric'] as const;
export type Engine = (typeof ENGINES)[number];

/** The formula of each formula cell of a workbook: per sheet, per A1 address. */
export type FormulaCells = Map<string, Map<string, string>>;

/** A formula cell where the engines computed different values (undefined: no such cell). */
export interface Disagreement {
  readonly sheet: string;
  readonly cell: string;
  readonly formula: string;
  readonly values: Record<Engine, CellValue | undefined>;
}

/** A test fails here: the message names the file and, for each cell, every engine's value. */
export class EnginesDisagreeError extends Error {
  constructor(
    readonly file: string,
    readonly disagreements: readonly Disagreement[],
  ) {
    super(describeDisagreements(file, disagreements));
    this.name = 'EnginesDisagreeError';
  }
}

/** A cell as a user would type it into HyperFormula: text keeps its apostrophe, as the hosts do. */
function typed(value: CellValue, formula: string | null | undefined): RawCell {
  if (formula) return formula;
  if (typeof value === 'string') return `'${value}`;
  if (isErrorValue(value)) return value.error;
  return value;
}

/**
 * The workbook in a file evaluated by HyperFormula: it is read with the xlsx host (as the CLI
 * reads it) and typed into the memory host (as the tests and the preview evaluate plans), so the
 * cached results in the file play no part. Returns its formula cells and HyperFormula's values.
 */
export async function hyperFormulaResults(
  file: string,
): Promise<{ formulas: FormulaCells; values: SheetResults }> {
  const book = await XlsxHost.open(file);
  const grids = book.sheetNames().map((name) => book.readGrid(name));
  const memory = MemoryHost.fromSheets(
    Object.fromEntries(
      grids.map((g) => [
        g.sheet,
        g.values.map((line, r) => line.map((v, c) => typed(v, g.formulas[r]?.[c]))),
      ]),
    ),
  );
  const formulas: FormulaCells = new Map();
  const values: SheetResults = new Map();
  for (const g of grids) {
    const cells = new Map<string, string>();
    const computed = new Map<string, CellValue>();
    const box = { row: 0, col: 0, rows: g.values.length, cols: g.values[0]?.length ?? 0 };
    const read = memory.readCells(g.sheet, box);
    g.formulas.forEach((line, r) =>
      line.forEach((f, c) => {
        if (!f) return;
        const at = cellAddress({ row: r, col: c });
        cells.set(at, f);
        computed.set(at, read.values[r]?.[c] ?? null);
      }),
    );
    formulas.set(g.sheet, cells);
    values.set(g.sheet, computed);
  }
  return { formulas, values };
}

/**
 * Whether two engines' values of a cell are the same. Numbers within a relative 1e-9, measured
 * against at least 1, because a float residue near zero (a 差异 of 0.1 + 0.2 − 0.3) is 5e-17 in
 * one engine and 0 in another, and LibreOffice saves only 15 significant digits. Text exactly,
 * errors by code, booleans exactly. A blank never equals "": the reader keeps an empty text result
 * as "", so a blank result is HyperFormula's reference to an empty cell, which Excel shows as 0.
 */
export function sameValue(a: CellValue | undefined, b: CellValue | undefined): boolean {
  if (typeof a === 'number' && typeof b === 'number')
    return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
  if (a && b && typeof a === 'object' && typeof b === 'object') return a.error === b.error;
  return a === b;
}

/**
 * Reader limits we cannot write around, each with its evidence: a formula that meets one is
 * compared among the other engines only. Gnumeric 1.12.55 cannot parse the standard quoting of an
 * apostrophe in a sheet name (`'Tom''s'!A1`, ECMA-376 Part 1 §18.17); it reads only its own
 * `'Tom\'s'!A1`, so such a reference is an error there (checked by hand with ssconvert --recalc;
 * named ranges and INDIRECT fail the same way). Excel, LibreOffice and WPS read it.
 */
const CANNOT_READ: Partial<Record<Engine, (formula: string) => boolean>> = {
  Gnumeric: (formula) => /'(?:[^']|'')*''(?:[^']|'')*'!/.test(formula),
};

/** The engines whose value of a formula is compared. */
export const enginesReading = (formula: string): Engine[] =>
  ENGINES.filter((e) => !CANNOT_READ[e]?.(formula));

/** Every formula cell whose value is not the same in all engines, in sheet and address order. */
export function engineDisagreements(
  formulas: FormulaCells,
  results: Record<Engine, SheetResults>,
): Disagreement[] {
  const out: Disagreement[] = [];
  for (const [sheet, cells] of formulas)
    for (const [cell, formula] of cells) {
      const values = Object.fromEntries(
        ENGINES.map((e) => [e, results[e].get(sheet)?.get(cell)]),
      ) as Record<Engine, CellValue | undefined>;
      if (!enginesReading(formula).every((e) => sameValue(values[e], values.HyperFormula)))
        out.push({ sheet, cell, formula, values });
    }
  return out;
}

/** A value as a reader of the message should see it: text quoted, so "0" is not 0. */
function shown(v: CellValue | undefined): string {
  if (v === undefined) return '(no cell)';
  if (v === null) return '(blank)';
  if (isErrorValue(v)) return v.error;
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return typeof v === 'string' ? JSON.stringify(v) : String(v);
}

const SHOWN = 30;

/** The failure message: the file, then one line a cell with its formula and each engine's value. */
export function describeDisagreements(file: string, list: readonly Disagreement[]): string {
  const lines = list
    .slice(0, SHOWN)
    .map(
      (d) =>
        `  ${quoteSheetName(d.sheet)}!${d.cell}  ${d.formula}  ` +
        ENGINES.map((e) => `${e}: ${shown(d.values[e])}`).join(' | '),
    );
  if (list.length > SHOWN) lines.push(`  … and ${list.length - SHOWN} more`);
  return [
    `${list.length} formula cell(s) of ${file} differ between ${ENGINES.join(', ')}:`,
    ...lines,
  ].join('\n');
}

/**
 * Fails unless HyperFormula, LibreOffice and Gnumeric compute the same value in every formula
 * cell of the workbook in `file`, given what LibreOffice and Gnumeric computed for it.
 */
export async function expectEnginesAgree(
  file: string,
  computed: Record<Exclude<Engine, 'HyperFormula'>, SheetResults>,
): Promise<void> {
  const hf = await hyperFormulaResults(file);
  const list = engineDisagreements(hf.formulas, { HyperFormula: hf.values, ...computed });
  if (list.length > 0) throw new EnginesDisagreeError(file, list);
}
