import { contains, type CellRef, type RangeBox } from '../../core/a1';
import type {
  CellStyle,
  ConditionalFormat,
  DataRule,
  PrintSetup,
  SheetPlan,
} from '../../core/plan';
import { readLook, type LookState, type StyleRecord } from './looks';

export type { StyleRecord };

/** What of a sheet's extras the format reads and exact writes use. */
export interface FormatState extends LookState {
  styles: StyleRecord[];
  conditionalFormats: ConditionalFormat[];
  columnWidths: Map<number, number>;
  freeze?: { rows: number; cols: number };
  print?: PrintSetup;
}

const cellsOf = (box: RangeBox): CellRef[] =>
  Array.from({ length: box.rows * box.cols }, (_, i) => ({
    row: box.row + Math.floor(i / box.cols),
    col: box.col + (i % box.cols),
  }));

/** A cell's style: each part from the last record over the cell that sets it. */
export function readStyle(state: FormatState, at: CellRef): CellStyle {
  const over = state.styles.filter((s) => contains(s.range, { ...at, rows: 1, cols: 1 }));
  const last = <K extends 'fill' | 'fontColor' | 'bold' | 'align'>(k: K) =>
    over.filter((s) => s[k] !== undefined).pop()?.[k];
  return {
    fill: last('fill') ?? null,
    fontColor: last('fontColor') ?? null,
    bold: last('bold') ?? false,
    align: last('align') ?? null,
  };
}

/** The validation every cell of a range has, null for none, 'mixed' when they differ. */
export function readValidation(state: FormatState, range: RangeBox): DataRule | null | 'mixed' {
  const rules = new Set(cellsOf(range).map((at) => JSON.stringify(readLook(state, at).validation)));
  if (rules.size > 1) return 'mixed';
  return readLook(state, { row: range.row, col: range.col }).validation;
}

/** The rules lying wholly inside a range, top priority first. */
export function rulesWithin(state: FormatState, range: RangeBox): ConditionalFormat[] {
  return state.conditionalFormats.filter((c) => contains(range, c.range));
}

/**
 * How a sheet prints, every part, with the defaults of a sheet nobody set up where nothing was
 * set: portrait, 100 %, no area, the application's paper, no titles, no manual breaks.
 */
export function readPrint(state: FormatState): PrintSetup {
  const p = state.print;
  return {
    landscape: p?.landscape ?? false,
    fitToWidth: p?.fitToWidth ?? false,
    area: p?.area ?? null,
    paper: p?.paper ?? null,
    titleRows: p?.titleRows ?? null,
    titleCols: p?.titleCols ?? null,
    colBreaks: p?.colBreaks ?? [],
  };
}

/** A print setup written over what the sheet has: the parts it leaves out stay as they were. */
function printOver(had: PrintSetup | undefined, p: PrintSetup): PrintSetup {
  const kept = Object.fromEntries(Object.entries(p).filter(([, v]) => v !== undefined));
  return { ...had, ...kept } as PrintSetup;
}

/**
 * Writes the exact parts of a plan, after everything else but the looks: each range's validation
 * (null: none), each range's style, standard widths, unfrozen panes, no print area.
 */
export function writeExact(state: FormatState, sp: SheetPlan): void {
  for (const { range, rule } of sp.exactRules ?? []) {
    const inside = (r: RangeBox) => !contains(range, r);
    state.validations = state.validations.filter((v) => inside(v.range));
    state.rules = state.rules.filter((r) => inside(r.range));
    if (rule) state.rules.push({ range, rule });
  }
  for (const { range, style } of sp.exactStyles ?? []) state.styles.push({ range, ...style });
  for (const w of sp.columnWidths)
    if (w.width === null) state.columnWidths.delete(w.col);
    else state.columnWidths.set(w.col, w.width);
  if (sp.freeze)
    if (sp.freeze.rows === 0 && sp.freeze.cols === 0) delete state.freeze;
    else state.freeze = { rows: sp.freeze.rows, cols: sp.freeze.cols };
  if (sp.print) state.print = printOver(state.print, sp.print);
}
