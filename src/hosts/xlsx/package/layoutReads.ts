import { parseRange } from '../../../core/a1';
import type { PrintSetup } from '../../../core/plan';
import { paperOfCode } from '../../_lib/paperSizes';
import { parsePrintTitles } from '../../_lib/printTitles';
import { readColBreaks } from './pageBreaks';
import { printAreaOf, sheetBuiltinOf, type SheetEntry } from './workbookPart';
import { covers, type Worksheet } from './worksheet';
import type { ZipPackage } from './zipPackage';
import { childNamed, childrenNamed } from './xml';

const flag = (v: string | null) => v === '1' || v === 'true';

/**
 * A column's width in characters when someone sized it (`customWidth`), else null: a `<col>` a
 * writer added only for a style, or LibreOffice's default widths, are the standard width.
 */
export function readWidth(ws: Worksheet, col: number): number | null {
  const cols = childNamed(ws.root, 'cols');
  const def = (cols ? childrenNamed(cols, 'col') : []).find((c) => covers(c, col));
  const width = def?.getAttribute('width');
  return def && width && flag(def.getAttribute('customWidth')) ? Number(width) : null;
}

/** The frozen rows and columns of the first view (0 and 0: nothing frozen, or a plain split). */
export function readFreeze(ws: Worksheet): { rows: number; cols: number } {
  const views = childNamed(ws.root, 'sheetViews');
  const view = views && childNamed(views, 'sheetView');
  const pane = view && childNamed(view, 'pane');
  const state = pane?.getAttribute('state');
  if (!pane || (state !== 'frozen' && state !== 'frozenSplit')) return { rows: 0, cols: 0 };
  return {
    rows: Number(pane.getAttribute('ySplit') ?? 0),
    cols: Number(pane.getAttribute('xSplit') ?? 0),
  };
}

/**
 * How a sheet prints, every part a plan sets: landscape, one page wide (fit to page with a width
 * of one), the paper (null: no `paperSize`, the application's; absent: a code office-js has no
 * name for), the print area (null: none; an area of several ranges is read as its first), the
 * print titles and the manual column breaks.
 */
export function readPrint(ws: Worksheet, pkg: ZipPackage, entry: SheetEntry): PrintSetup {
  const setup = childNamed(ws.root, 'pageSetup');
  const pr = childNamed(ws.root, 'sheetPr');
  const fitToPage = flag((pr && childNamed(pr, 'pageSetUpPr'))?.getAttribute('fitToPage') ?? null);
  const area = printAreaOf(pkg, entry)?.split(',')[0];
  const code = setup?.getAttribute('paperSize');
  const titles = parsePrintTitles(sheetBuiltinOf(pkg, entry, 'Print_Titles'));
  const paper = code ? paperOfCode(Number(code)) : null;
  return {
    landscape: setup?.getAttribute('orientation') === 'landscape',
    fitToWidth: fitToPage && Number(setup?.getAttribute('fitToWidth') ?? 1) === 1,
    area: area ? areaBox(area) : null,
    ...(paper !== undefined && { paper }),
    titleRows: titles.rows,
    titleCols: titles.cols,
    colBreaks: readColBreaks(ws),
  };
}

/** A print area's first range; null for what is no range any more (`#REF!` after a deletion). */
function areaBox(text: string) {
  try {
    return parseRange(text).box;
  } catch {
    return null;
  }
}
