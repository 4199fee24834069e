import type { Grid } from '../../core/grid';
import type { MemoryHost } from '../../hosts/memory/MemoryHost';
import type { ShownLook } from '../../hosts/memory/shownLooks';

/**
 * A sheet as the preview shows it: its grid, the number format of each cell and the colours it
 * shows, its conditional formats evaluated (the Gantt is drawn by them alone).
 */
export interface Shown {
  readonly grid: Grid;
  readonly formats: readonly (readonly string[])[];
  readonly looks: readonly (readonly ShownLook[])[];
  /** Each column's width in pixels where the sheet sets one (the Gantt's narrow days). */
  readonly widths: readonly (number | null)[];
}

/**
 * Excel's column width (characters of the default font's digit) in pixels, for Calibri 11's
 * 7-pixel digit: 5 pixels of padding plus 7 a character. The table keeps it exactly, and text
 * runs over empty cells to its right or is cut, as in Excel.
 */
const widthPixels = (chars: number) => Math.round(chars * 7 + 5);

/**
 * Reads a sheet with its number formats and colours, so cells show as Excel shows them. It runs
 * once per change of the workbook (or of the sheet shown), never per render: evaluating every
 * rule of a Gantt takes a few hundred milliseconds.
 */
export async function readShown(host: MemoryHost, sheet: string): Promise<Shown | null> {
  const grid = await host.readSheet(sheet);
  if (!grid) return null;
  const cols = Math.max(0, ...grid.values.map((r) => r.length));
  const box = { row: grid.origin.row, col: grid.origin.col, rows: grid.values.length, cols };
  if (!box.rows || !box.cols) return { grid, formats: [], looks: [], widths: [] };
  return {
    grid,
    formats: host.readCells(sheet, box).numberFormats,
    looks: host.readShownLooks(sheet, box),
    widths: Array.from({ length: cols }, (_, c) => {
      const w = host.readWidth(sheet, box.col + c);
      return w === null ? null : widthPixels(w);
    }),
  };
}
