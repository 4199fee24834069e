import type ExcelJS from 'exceljs';
import { cellAddress, type CellRef } from '../../core/a1';
import type { CellLook } from '../../core/plan';
import { argb } from './styleCells';
import { fromXlsxRule, toXlsxRule } from './xlsxRule';

/**
 * A fill as a look keeps it: `#RRGGBB`, or the file's own colour reference (`theme:4:0.6`,
 * `indexed:13`) so the xlsx host gives a team's theme colour back as it was; null for none.
 */
function fillOf(fill: ExcelJS.Fill | undefined): string | null {
  if (!fill || fill.type !== 'pattern' || fill.pattern === 'none') return null;
  const c = fill.fgColor as { argb?: string; theme?: number; tint?: number; indexed?: number };
  if (c?.argb) return `#${c.argb.slice(-6).toUpperCase()}`;
  if (c?.theme !== undefined) return `theme:${c.theme}${c.tint ? `:${c.tint}` : ''}`;
  if (c?.indexed !== undefined) return `indexed:${c.indexed}`;
  return null;
}

function toFill(token: string): ExcelJS.Fill {
  const [kind, n, tint] = token.split(':');
  const fgColor = token.startsWith('#')
    ? { argb: argb(token) }
    : kind === 'theme'
      ? { theme: Number(n), ...(tint && { tint: Number(tint) }) }
      : { indexed: Number(n) };
  return { type: 'pattern', pattern: 'solid', fgColor };
}

/** The fill and validation of one cell. */
export function readLook(ws: ExcelJS.Worksheet, at: CellRef): CellLook {
  const cell = ws.getCell(at.row + 1, at.col + 1);
  return { fill: fillOf(cell.fill), validation: fromXlsxRule(cell.dataValidation) };
}

/**
 * Gives one cell exactly a look. Its style is copied first: ExcelJS shares one style object
 * between the cells of a file that had the same format, and a fill set on the shared object
 * would colour them all.
 */
export function writeLook(ws: ExcelJS.Worksheet, at: CellRef, look: CellLook): void {
  const cell = ws.getCell(at.row + 1, at.col + 1);
  const style: Partial<ExcelJS.Style> = { ...cell.style };
  delete style.fill;
  cell.style = look.fill === null ? style : { ...style, fill: toFill(look.fill) };
  removeValidation(ws, at);
  if (look.validation) cell.dataValidation = toXlsxRule(look.validation);
}

/**
 * Takes a cell's validation away. ExcelJS's own removal leaves the address in its model, which
 * it writes as a bare `<dataValidation sqref>` (an "any value" rule); deleting the key leaves none.
 */
export function removeValidation(ws: ExcelJS.Worksheet, at: CellRef): void {
  const model = (ws as unknown as { dataValidations: { model: Record<string, unknown> } })
    .dataValidations.model;
  delete model[cellAddress(at)];
}
