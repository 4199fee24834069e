import { cellAddress, parseCell } from '../../../core/a1';
import type { ColumnWidth, PrintSetup } from '../../../core/plan';
import { paperCode } from '../../_lib/paperSizes';
import { covers, type Worksheet } from './worksheet';
import { SHEET_PR_ORDER, WORKSHEET_ORDER } from './worksheetOrder';
import { childNamed, childrenNamed, createIn, ensureChild, type Element } from './xml';

/**
 * Sets column widths; a null width takes the custom width away (the standard width again). A
 * team's `<col>` spanning several columns is split so only the planned column changes; its style
 * and other settings carry over to every piece.
 */
export function setColumnWidths(ws: Worksheet, widths: readonly ColumnWidth[]): void {
  if (widths.length === 0) return;
  const cols = ensureChild(ws.root, 'cols', WORKSHEET_ORDER);
  for (const w of widths) {
    const n = w.col + 1;
    const def = childrenNamed(cols, 'col').find((c) => covers(c, w.col));
    if (!def && w.width === null) continue;
    const own = def
      ? isolate(cols, def, n)
      : createIn(cols, 'col', { min: String(n), max: String(n) });
    if (!def)
      cols.insertBefore(
        own,
        childrenNamed(cols, 'col').find((c) => Number(c.getAttribute('min')) > n) ?? null,
      );
    if (w.width === null) standardWidth(cols, own);
    else {
      own.setAttribute('width', String(w.width));
      own.setAttribute('customWidth', '1');
    }
  }
  // The schema wants at least one <col> in <cols>.
  if (childrenNamed(cols, 'col').length === 0) ws.root.removeChild(cols);
  ws.columnsChanged();
  ws.touch();
}

/** Gives a column back the standard width; a `<col>` left saying nothing else goes. */
function standardWidth(cols: Element, def: Element): void {
  def.removeAttribute('width');
  def.removeAttribute('customWidth');
  const says = [...Array(def.attributes.length).keys()]
    .map((i) => def.attributes.item(i)?.name)
    .filter((a) => a !== 'min' && a !== 'max');
  if (says.length === 0) cols.removeChild(def);
}

/** Splits a `<col min max>` around column n and returns the piece that is n alone. */
function isolate(cols: Element, def: Element, n: number): Element {
  const min = Number(def.getAttribute('min'));
  const max = Number(def.getAttribute('max'));
  const piece = (from: number, to: number) => {
    const el = def.cloneNode(true) as Element;
    el.setAttribute('min', String(from));
    el.setAttribute('max', String(to));
    cols.insertBefore(el, def);
    return el;
  };
  if (min < n) piece(min, n - 1);
  const own = min === n && max === n ? def : piece(n, n);
  if (max > n) {
    def.setAttribute('min', String(n + 1));
    def.setAttribute('max', String(max));
  } else if (own !== def) cols.removeChild(def);
  return own;
}

/** The first sheet view, created when the sheet has none. */
function sheetView(ws: Worksheet): Element {
  const views = ensureChild(ws.root, 'sheetViews', WORKSHEET_ORDER);
  return (
    childNamed(views, 'sheetView') ??
    (views.appendChild(createIn(views, 'sheetView', { workbookViewId: '0' })) as Element)
  );
}

/** The pane that holds the selection once the sheet is frozen at (rows, cols). */
const activePane = (rows: number, cols: number) =>
  rows && cols ? 'bottomRight' : rows ? 'bottomLeft' : 'topRight';

/** Freezes the first rows and columns (Excel's 冻结窗格); 0 × 0 unfreezes. */
export function freeze(ws: Worksheet, rows: number, cols: number): void {
  const view = sheetView(ws);
  for (const el of [...childrenNamed(view, 'pane'), ...childrenNamed(view, 'selection')])
    view.removeChild(el);
  if (rows > 0 || cols > 0) {
    const pane = createIn(view, 'pane', {
      ...(cols > 0 && { xSplit: String(cols) }),
      ...(rows > 0 && { ySplit: String(rows) }),
      topLeftCell: cellAddress({ row: rows, col: cols }),
      activePane: activePane(rows, cols),
      state: 'frozen',
    });
    view.insertBefore(pane, view.firstChild);
    const at = cellAddress({ row: rows, col: cols });
    const sel = createIn(view, 'selection', {
      pane: activePane(rows, cols),
      activeCell: at,
      sqref: at,
    });
    view.insertBefore(sel, pane.nextSibling);
  }
  ws.touch();
}

/** Makes a cell the active one of the sheet (in the pane that shows it). */
export function selectCell(ws: Worksheet, address: string): void {
  const view = sheetView(ws);
  view.setAttribute('tabSelected', '1');
  const pane = childNamed(view, 'pane');
  const name = pane?.getAttribute('activePane') ?? null;
  for (const s of childrenNamed(view, 'selection'))
    if ((s.getAttribute('pane') ?? null) === name) view.removeChild(s);
  const a = cellAddress(parseCell(address));
  const sel = createIn(view, 'selection', { ...(name && { pane: name }), activeCell: a, sqref: a });
  const after = childrenNamed(view, 'selection').pop() ?? pane;
  view.insertBefore(sel, after ? after.nextSibling : view.firstChild);
  ws.touch();
}

/** No view of this sheet is the selected tab (another sheet becomes the active one). */
export function unselectTab(ws: Worksheet): void {
  const views = childNamed(ws.root, 'sheetViews');
  for (const v of views ? childrenNamed(views, 'sheetView') : []) v.removeAttribute('tabSelected');
  ws.touch();
}

/**
 * Landscape or portrait, one page wide (Excel's 调整为 1 页宽) or not, and the paper when the
 * setup names one, the rest of the page setup kept. Portrait is the schema's default orientation,
 * no fitting is no `fitToPage` and the application's paper is no `paperSize`: each is written as
 * the attribute's absence, as a sheet nobody set up has them.
 */
export function setPrint(ws: Worksheet, print: PrintSetup): void {
  const setup = ensureChild(ws.root, 'pageSetup', WORKSHEET_ORDER);
  if (print.paper) setup.setAttribute('paperSize', String(paperCode(print.paper)));
  else if (print.paper === null) setup.removeAttribute('paperSize');
  if (print.landscape) setup.setAttribute('orientation', 'landscape');
  else setup.removeAttribute('orientation');
  if (print.fitToWidth) {
    setup.setAttribute('fitToWidth', '1');
    setup.setAttribute('fitToHeight', '0');
    const pr = ensureChild(ws.root, 'sheetPr', WORKSHEET_ORDER);
    ensureChild(pr, 'pageSetUpPr', SHEET_PR_ORDER).setAttribute('fitToPage', '1');
  } else unfit(ws, setup);
  if (!childNamed(ws.root, 'pageMargins')) {
    // Excel's default margins; the schema wants them before pageSetup when a sheet has one.
    const margins = createIn(ws.root, 'pageMargins', {
      left: '0.7', right: '0.7', top: '0.75', bottom: '0.75', header: '0.3', footer: '0.3',
    }); // prettier-ignore
    ws.root.insertBefore(margins, setup);
  }
  ws.touch();
}

/**
 * Prints at the sheet's scale again: no fit to page, no pages-wide or -tall count. The
 * `<pageSetUpPr>` element stays: openpyxl and LibreOffice write it on every sheet (empty, or
 * fitToPage="false"), so taking it away would change a team's sheet rather than restore it.
 */
function unfit(ws: Worksheet, setup: Element): void {
  setup.removeAttribute('fitToWidth');
  setup.removeAttribute('fitToHeight');
  const pr = childNamed(ws.root, 'sheetPr');
  const fit = pr && childNamed(pr, 'pageSetUpPr');
  if (fit?.hasAttribute('fitToPage')) fit.removeAttribute('fitToPage');
}
