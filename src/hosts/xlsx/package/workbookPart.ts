import { quoteSheetName } from '../../../core/a1';
import { addRelationship, relationshipsOf, removeRelationship, setContentType } from './rels';
import { CONTENT_TYPE, REL_TYPE } from './rels';
import type { ZipPackage } from './zipPackage';
import {
  REL_NS,
  SML,
  childNamed,
  childrenNamed,
  createIn,
  ensureChild,
  parseXml,
  rootOf,
  type Element,
} from './xml';

const OFFICE_DOCUMENT =
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument';

/** CT_Workbook's sequence (ECMA-376 Part 1, sml.xsd). */
const WORKBOOK_ORDER = [
  'fileVersion', 'fileSharing', 'workbookPr', 'workbookProtection', 'bookViews', 'sheets',
  'functionGroups', 'externalReferences', 'definedNames', 'calcPr', 'oleSize',
  'customWorkbookViews', 'pivotCaches', 'smartTagPr', 'smartTagTypes', 'webPublishing',
  'fileRecoveryPr', 'webPublishObjects', 'extLst',
]; // prettier-ignore

export type SheetState = 'visible' | 'hidden' | 'veryHidden';

/** One sheet as the workbook part lists it. */
export interface SheetEntry {
  readonly name: string;
  /** The worksheet part (`xl/worksheets/sheet1.xml`); null for a chart sheet or dialog sheet. */
  readonly part: string | null;
  readonly state: SheetState;
  /** Its 0-based position, which `localSheetId` of sheet-scoped names refers to. */
  readonly index: number;
}

/** The workbook part of a package (`xl/workbook.xml` unless the package says otherwise). */
export function workbookPartName(pkg: ZipPackage): string {
  const main = relationshipsOf(pkg, '').find((r) => r.type === OFFICE_DOCUMENT);
  if (!main) throw new Error('the package names no workbook part');
  return main.part;
}

const workbookRoot = (pkg: ZipPackage) => rootOf(pkg.xml(workbookPartName(pkg)));
const sheetElements = (pkg: ZipPackage) =>
  childrenNamed(ensureChild(workbookRoot(pkg), 'sheets', WORKBOOK_ORDER), 'sheet');

/** The sheets in tab order. */
export function sheetsOf(pkg: ZipPackage): SheetEntry[] {
  const book = workbookPartName(pkg);
  const rels = relationshipsOf(pkg, book);
  return sheetElements(pkg).map((el, index) => {
    const rel = rels.find((r) => r.id === el.getAttributeNS(REL_NS, 'id'));
    return {
      name: el.getAttribute('name') ?? '',
      part: rel?.type === REL_TYPE.worksheet ? rel.part : null,
      state: (el.getAttribute('state') || 'visible') as SheetState,
      index,
    };
  });
}

/** Adds an empty worksheet at the end of the tabs and returns its part name. */
export function addSheet(pkg: ZipPackage, name: string): string {
  const book = workbookPartName(pkg);
  let n = 1;
  while (pkg.has(`xl/worksheets/sheet${n}.xml`)) n++;
  const part = `xl/worksheets/sheet${n}.xml`;
  pkg.putXml(
    part,
    parseXml(`<worksheet xmlns="${SML}" xmlns:r="${REL_NS}"><sheetData/></worksheet>`, part),
  );
  setContentType(pkg, part, CONTENT_TYPE.worksheet);
  const rid = addRelationship(pkg, book, REL_TYPE.worksheet, part);
  const sheets = ensureChild(workbookRoot(pkg), 'sheets', WORKBOOK_ORDER);
  const ids = childrenNamed(sheets, 'sheet').map((s) => Number(s.getAttribute('sheetId')) || 0);
  const el = createIn(sheets, 'sheet', { name, sheetId: String(Math.max(0, ...ids) + 1) });
  el.setAttributeNS(REL_NS, 'r:id', rid);
  sheets.appendChild(el);
  showVisibleTab(pkg);
  pkg.touch(book);
  return part;
}

/**
 * Deletes a sheet the add-in created: its part, relationship, content type and the names scoped
 * to it; names scoped to later sheets keep pointing at their sheet.
 */
export function deleteSheet(pkg: ZipPackage, entry: SheetEntry): void {
  const book = workbookPartName(pkg);
  const el = sheetElements(pkg)[entry.index]!;
  const rid = el.getAttributeNS(REL_NS, 'id') ?? '';
  el.parentNode?.removeChild(el);
  removeRelationship(pkg, book, rid);
  if (entry.part) {
    pkg.remove(entry.part);
    setContentType(pkg, entry.part, null);
  }
  shiftLocalSheetIds(pkg, entry.index);
  shiftBookViews(pkg, entry.index);
  pkg.touch(book);
}

function shiftLocalSheetIds(pkg: ZipPackage, removed: number): void {
  const names = childNamed(workbookRoot(pkg), 'definedNames');
  if (!names) return;
  for (const dn of childrenNamed(names, 'definedName')) {
    const local = dn.getAttribute('localSheetId');
    if (local === null) continue;
    if (Number(local) === removed) names.removeChild(dn);
    else if (Number(local) > removed) dn.setAttribute('localSheetId', String(Number(local) - 1));
  }
  if (childrenNamed(names, 'definedName').length === 0) names.parentNode?.removeChild(names);
}

function shiftBookViews(pkg: ZipPackage, removed: number): void {
  const views = childNamed(workbookRoot(pkg), 'bookViews');
  for (const v of views ? childrenNamed(views, 'workbookView') : [])
    for (const attr of ['activeTab', 'firstSheet']) {
      const at = Number(v.getAttribute(attr) ?? 0);
      if (at >= removed && at > 0) v.setAttribute(attr, String(at - 1));
    }
}

/** Shows or hides a sheet. */
export function setSheetState(pkg: ZipPackage, entry: SheetEntry, state: SheetState): void {
  const el = sheetElements(pkg)[entry.index]!;
  if (state === 'visible') el.removeAttribute('state');
  else el.setAttribute('state', state);
  if (state !== 'visible') showVisibleTab(pkg);
  pkg.touch(workbookPartName(pkg));
}

/** Excel opens on the active tab: it must be a visible sheet, never a hidden helper sheet. */
function showVisibleTab(pkg: ZipPackage): void {
  // openpyxl writes state="visible" where Excel writes no state: both are shown.
  const hidden = (s: Element) => (s.getAttribute('state') ?? 'visible') !== 'visible';
  const visible = sheetElements(pkg).findIndex((s) => !hidden(s));
  const views = childNamed(workbookRoot(pkg), 'bookViews');
  if (visible < 0 || !views) return;
  for (const v of childrenNamed(views, 'workbookView')) {
    const active = Number(v.getAttribute('activeTab') ?? 0);
    const at = sheetElements(pkg)[active];
    if (!at || hidden(at)) v.setAttribute('activeTab', String(visible));
    if (Number(v.getAttribute('firstSheet') ?? 0) > visible)
      v.setAttribute('firstSheet', String(visible));
  }
}

/** A sheet's own built-in name (`_xlnm.Print_Area`, `_xlnm.Print_Titles`; ECMA-376 18.2.5). */
export type SheetBuiltin = 'Print_Area' | 'Print_Titles';

const ownName = (names: Element | null, entry: SheetEntry, name: SheetBuiltin) =>
  (names ? childrenNamed(names, 'definedName') : []).find(
    (d) =>
      d.getAttribute('name') === `_xlnm.${name}` &&
      d.getAttribute('localSheetId') === String(entry.index),
  );

/**
 * Sets (or with null removes) a sheet-scoped built-in name, its text as given (references
 * qualified with the quoted sheet name, as Excel writes them). Other names, and their scopes,
 * are left as they are.
 */
export function setSheetBuiltin(
  pkg: ZipPackage,
  entry: SheetEntry,
  name: SheetBuiltin,
  text: string | null,
): void {
  const root = workbookRoot(pkg);
  const names = ensureChild(root, 'definedNames', WORKBOOK_ORDER);
  const own = ownName(names, entry, name);
  if (own) names.removeChild(own);
  if (text) {
    const dn = createIn(names, 'definedName', {
      name: `_xlnm.${name}`,
      localSheetId: String(entry.index),
    });
    dn.appendChild(root.ownerDocument!.createTextNode(text));
    names.appendChild(dn);
  }
  if (childrenNamed(names, 'definedName').length === 0) root.removeChild(names);
  pkg.touch(workbookPartName(pkg));
}

/** The text of a sheet's built-in name (`'推进表'!$A$1:$H$20`), or null when it has none. */
export function sheetBuiltinOf(
  pkg: ZipPackage,
  entry: SheetEntry,
  name: SheetBuiltin,
): string | null {
  return ownName(childNamed(workbookRoot(pkg), 'definedNames'), entry, name)?.textContent ?? null;
}

/** Sets (or with null removes) the print area of a sheet: an absolute range (`$A$1:$H$20`). */
export function setPrintArea(pkg: ZipPackage, entry: SheetEntry, area: string | null): void {
  setSheetBuiltin(pkg, entry, 'Print_Area', area && `${quoteSheetName(entry.name)}!${area}`);
}

/** The text of a sheet's `_xlnm.Print_Area` (`'推进表'!$A$1:$H$20`), or null when it has none. */
export function printAreaOf(pkg: ZipPackage, entry: SheetEntry): string | null {
  return sheetBuiltinOf(pkg, entry, 'Print_Area');
}

const CALC_CHAIN = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain';

/**
 * Drops the calculation chain, Excel's cache of the order it last computed formula cells in:
 * once cells change it may name a cell that no longer holds a formula, which Excel reports as
 * damaged content; without it Excel rebuilds the chain on load (ECMA-376 Part 1, §18.6).
 */
export function dropCalcChain(pkg: ZipPackage): void {
  const book = workbookPartName(pkg);
  for (const rel of relationshipsOf(pkg, book).filter((r) => r.type === CALC_CHAIN)) {
    removeRelationship(pkg, book, rel.id);
    pkg.remove(rel.part);
    setContentType(pkg, rel.part, null);
  }
}

/** Asks Excel, LibreOffice and WPS to recalculate every formula when the file is opened. */
export function askFullRecalculation(pkg: ZipPackage): void {
  const calc = ensureChild(workbookRoot(pkg), 'calcPr', WORKBOOK_ORDER);
  calc.setAttribute('fullCalcOnLoad', '1');
  pkg.touch(workbookPartName(pkg));
}

/** Makes a sheet the active tab when the file is next opened (and keeps it in view). */
export function setActiveTab(pkg: ZipPackage, entry: SheetEntry): void {
  const views = ensureChild(workbookRoot(pkg), 'bookViews', WORKBOOK_ORDER);
  const view =
    childNamed(views, 'workbookView') ?? views.appendChild(createIn(views, 'workbookView'));
  (view as Element).setAttribute('activeTab', String(entry.index));
  const first = Number((view as Element).getAttribute('firstSheet') ?? 0);
  if (first > entry.index) (view as Element).setAttribute('firstSheet', String(entry.index));
  pkg.touch(workbookPartName(pkg));
}
