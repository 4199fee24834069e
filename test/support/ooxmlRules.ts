import * as path from 'node:path';
import type { Document, Element } from '@xmldom/xmldom';

/**
 * The rules of a valid .xlsx that no schema can say: each reads the parsed parts and returns
 * what breaks them. Excel refuses or "repairs" a workbook that breaks one of these, though every
 * part is valid by its schema.
 */

const SML = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const XM = 'http://schemas.microsoft.com/office/excel/2006/main';
const X14 = 'http://schemas.microsoft.com/office/spreadsheetml/2009/9/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const TYPES = 'http://schemas.openxmlformats.org/package/2006/content-types';

/** Something wrong with a part. */
export interface OoxmlProblem {
  readonly part: string;
  readonly message: string;
}

/** The package as parsed parts: part name (no leading slash) → its DOM, or null when not XML. */
export interface ParsedPackage {
  readonly names: readonly string[];
  xml(part: string): Document | null;
}

/** Every element named `local` in namespace `ns` under `node`. */
const all = (node: Element | Document, ns: string, local: string): Element[] =>
  Array.from(node.getElementsByTagNameNS(ns, local));

/** The element children of `el` named `local` (any namespace). */
function children(el: Element, local?: string): Element[] {
  const out: Element[] = [];
  for (let n = el.firstChild; n; n = n.nextSibling)
    if (n.nodeType === 1 && (local === undefined || (n as Element).localName === local))
      out.push(n as Element);
  return out;
}

// ---------------------------------------------------------------------------------------------
// The package: content types and relationships (ECMA-376 Part 2)
// ---------------------------------------------------------------------------------------------

/** The content type of each part, from `[Content_Types].xml` (Part 2 §10.1.2.4). */
export function contentTypes(pkg: ParsedPackage): Map<string, string> {
  const doc = pkg.xml('[Content_Types].xml');
  const out = new Map<string, string>();
  if (!doc) return out;
  const defaults = new Map(
    all(doc, TYPES, 'Default').map((d) => [
      (d.getAttribute('Extension') ?? '').toLowerCase(),
      d.getAttribute('ContentType') ?? '',
    ]),
  );
  const overrides = new Map(
    all(doc, TYPES, 'Override').map((o) => [
      (o.getAttribute('PartName') ?? '').replace(/^\//, '').toLowerCase(),
      o.getAttribute('ContentType') ?? '',
    ]),
  );
  for (const part of pkg.names) {
    const type = overrides.get(part.toLowerCase()) ?? defaults.get(extension(part));
    if (type !== undefined) out.set(part, type);
  }
  return out;
}

/** A part name's extension (`rels` for `_rels/.rels` too, which extname takes for a dotfile). */
function extension(part: string): string {
  const name = path.posix.basename(part);
  return name.includes('.') ? name.slice(name.lastIndexOf('.') + 1).toLowerCase() : '';
}

/** The part a relationships part describes: `xl/_rels/workbook.xml.rels` → `xl/workbook.xml`. */
function sourceOf(relsPart: string): string {
  if (relsPart === '_rels/.rels') return '';
  const dir = path.posix.dirname(path.posix.dirname(relsPart));
  const name = path.posix.basename(relsPart, '.rels');
  return dir === '.' ? name : `${dir}/${name}`;
}

/** The relationships of a part: id → { type, target part }, targets resolved (Part 2 §9.3). */
export function relationships(pkg: ParsedPackage, part: string): Map<string, [string, string]> {
  const dir = path.posix.dirname(part);
  const relsPart = `${dir === '.' ? '' : `${dir}/`}_rels/${path.posix.basename(part)}.rels`;
  const out = new Map<string, [string, string]>();
  const doc = pkg.names.includes(relsPart) ? pkg.xml(relsPart) : null;
  if (!doc) return out;
  for (const r of all(doc, PKG_REL, 'Relationship')) {
    if (r.getAttribute('TargetMode') === 'External') continue;
    const raw = decodeURI(r.getAttribute('Target') ?? '');
    const target = raw.startsWith('/')
      ? raw.slice(1)
      : path.posix.normalize(path.posix.join(part === '' ? '' : dir, raw));
    out.set(r.getAttribute('Id') ?? '', [r.getAttribute('Type') ?? '', target]);
  }
  return out;
}

/**
 * Every part has a content type; every Override names a part that exists; every internal
 * relationship points at a part that exists (Part 2 §9.3, §10.1.2). Excel reports a damaged
 * file otherwise.
 */
export function packageProblems(pkg: ParsedPackage): OoxmlProblem[] {
  const problems: OoxmlProblem[] = [];
  const types = contentTypes(pkg);
  for (const part of pkg.names)
    if (part !== '[Content_Types].xml' && !types.has(part))
      problems.push({ part, message: 'has no content type in [Content_Types].xml' });
  const names = new Set(pkg.names.map((n) => n.toLowerCase()));
  const doc = pkg.xml('[Content_Types].xml');
  for (const o of doc ? all(doc, TYPES, 'Override') : []) {
    const name = (o.getAttribute('PartName') ?? '').replace(/^\//, '');
    if (!names.has(name.toLowerCase()))
      problems.push({ part: '[Content_Types].xml', message: `overrides a missing part /${name}` });
  }
  for (const relsPart of pkg.names.filter((n) => n.endsWith('.rels'))) {
    const source = sourceOf(relsPart);
    if (source !== '' && !names.has(source.toLowerCase())) {
      problems.push({ part: relsPart, message: `describes a missing part ${source}` });
      continue;
    }
    for (const [id, [, target]] of relationships(pkg, source))
      if (!names.has(target.toLowerCase()))
        problems.push({ part: relsPart, message: `${id} points at a missing part ${target}` });
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------
// References
// ---------------------------------------------------------------------------------------------

/** A rectangle of cells, 1-based and inclusive; whole rows and columns reach the sheet's edge. */
interface Box {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

const MAX_ROW = 1048576;
const MAX_COL = 16384;

function column(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** One reference of an sqref (`B2`, `A1:C3`, `A:B`, `3:5`, `$` allowed); null when not one. */
export function parseRef(ref: string): Box | null {
  const m = /^\$?([A-Za-z]{1,3})?\$?(\d+)?(?::\$?([A-Za-z]{1,3})?\$?(\d+)?)?$/.exec(ref);
  if (!m || (!m[1] && !m[2])) return null;
  const [c1, r1, c2, r2] = [m[1], m[2], m[3] ?? m[1], m[4] ?? m[2]];
  if ((c1 === undefined) !== (c2 === undefined) || (r1 === undefined) !== (r2 === undefined))
    return null;
  const [left, right] = c1 && c2 ? [column(c1), column(c2)] : [1, MAX_COL];
  const [top, bottom] = r1 && r2 ? [Number(r1), Number(r2)] : [1, MAX_ROW];
  return {
    top: Math.min(top, bottom),
    bottom: Math.max(top, bottom),
    left: Math.min(left, right),
    right: Math.max(left, right),
  };
}

const overlap = (a: Box, b: Box): boolean =>
  a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;

/** The boxes of an sqref; a reference that cannot be read is reported. */
function sqrefBoxes(sqref: string, part: string, problems: OoxmlProblem[]): Box[] {
  const out: Box[] = [];
  for (const ref of sqref.split(/\s+/).filter(Boolean)) {
    const box = parseRef(ref);
    if (box) out.push(box);
    else problems.push({ part, message: `sqref "${sqref}" has a reference that is not one` });
  }
  return out;
}

/** Whether any box of `a` shares a cell with any box of `b`. */
const anyOverlap = (a: readonly Box[], b: readonly Box[]): boolean =>
  a.some((x) => b.some((y) => overlap(x, y)));

// ---------------------------------------------------------------------------------------------
// Workbook, styles, shared strings
// ---------------------------------------------------------------------------------------------

/** The workbook part, and the targets of its relationships by id and by kind (`styles`…). */
export function workbookParts(pkg: ParsedPackage): {
  workbook: string;
  byId: Map<string, string>;
  byKind: Map<string, string>;
} {
  const main = [...relationships(pkg, '').values()].find(([t]) => t.endsWith('/officeDocument'));
  const workbook = main?.[1] ?? 'xl/workbook.xml';
  const rels = [...relationships(pkg, workbook)];
  return {
    workbook,
    byId: new Map(rels.map(([id, [, target]]) => [id, target])),
    byKind: new Map(
      rels.map(([, [type, target]]) => [type.slice(type.lastIndexOf('/') + 1), target]),
    ),
  };
}

/** Sheet names are unique ignoring case, as Excel compares them; so are names in one scope. */
export function workbookProblems(part: string, doc: Document): OoxmlProblem[] {
  const problems: OoxmlProblem[] = [];
  const sheets = all(doc, SML, 'sheet').map((s) => s.getAttribute('name') ?? '');
  const seen = new Set<string>();
  for (const name of sheets) {
    if (seen.has(name.toUpperCase()))
      problems.push({ part, message: `two sheets are named "${name}" (ignoring case)` });
    seen.add(name.toUpperCase());
  }
  const names = new Set<string>();
  for (const d of all(doc, SML, 'definedName')) {
    const name = d.getAttribute('name') ?? '';
    const scope = d.getAttribute('localSheetId') ?? '';
    const key = `${scope}|${name.toUpperCase()}`;
    if (names.has(key))
      problems.push({ part, message: `the name ${name} is defined twice in one scope` });
    names.add(key);
    if (name === '_xlnm.Print_Area') problems.push(...printAreaProblems(part, d, sheets));
  }
  return problems;
}

/** The areas of a defined name's value, split at the commas outside quoted sheet names. */
function areasOf(value: string): string[] {
  const out: string[] = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i < value.length; i++) {
    if (value[i] === "'") quoted = !quoted;
    else if (value[i] === ',' && !quoted) {
      out.push(value.slice(start, i));
      start = i + 1;
    }
  }
  out.push(value.slice(start));
  return out;
}

const SHEET = "(?:'((?:[^']|'')+)'|([^'!,\\s]+))";
const ABSOLUTE =
  '(?:\\$[A-Z]{1,3}\\$\\d+(?::\\$[A-Z]{1,3}\\$\\d+)?|\\$[A-Z]{1,3}:\\$[A-Z]{1,3}|\\$\\d+:\\$\\d+)';
const AREA = new RegExp(`^${SHEET}!${ABSOLUTE}$`);

/**
 * A print area is local to a sheet that exists (its localSheetId), and each of its areas is an
 * absolute reference on that same sheet, as Excel writes it: a print area such as
 * `'推进表'!$A1:$BX16` moves with the cell it is read from (ECMA-376 Part 1 §18.2.5, §18.17.2.3).
 * Print titles are not held to this: openpyxl and LibreOffice write them as `'推进表'!3:3`.
 */
function printAreaProblems(part: string, d: Element, sheets: readonly string[]): OoxmlProblem[] {
  const name = d.getAttribute('name') ?? '';
  const local = d.getAttribute('localSheetId');
  const sheet = local === null ? undefined : sheets[Number(local)];
  if (local === null || !/^\d+$/.test(local) || sheet === undefined)
    return [{ part, message: `${name} has localSheetId ${local}, which is no sheet` }];
  const problems: OoxmlProblem[] = [];
  for (const area of areasOf(d.textContent ?? '')) {
    const m = AREA.exec(area.trim());
    const named = m ? (m[1]?.replace(/''/g, "'") ?? m[2]) : undefined;
    if (!m)
      problems.push({ part, message: `${name} of ${sheet} is not an absolute reference: ${area}` });
    else if (named !== sheet)
      problems.push({ part, message: `${name} of ${sheet} names another sheet: ${area}` });
  }
  return problems;
}

/**
 * Every `count` of the styles part equals the number of elements it counts (numFmts, fonts,
 * fills, borders, cellStyleXfs, cellXfs, cellStyles, dxfs, tableStyles…). Returns also how many
 * cell formats (`cellXfs`) there are.
 */
export function stylesProblems(
  part: string,
  doc: Document,
): { problems: OoxmlProblem[]; xfs: number } {
  const problems: OoxmlProblem[] = [];
  for (const el of Array.from(doc.getElementsByTagNameNS(SML, '*'))) {
    const count = el.getAttribute('count');
    if (count === null) continue;
    const items = children(el).filter((c) => c.localName !== 'extLst').length;
    if (Number(count) !== items)
      problems.push({ part, message: `<${el.localName} count="${count}"> has ${items} children` });
  }
  const cellXfs = all(doc, SML, 'cellXfs')[0];
  return { problems, xfs: cellXfs ? children(cellXfs, 'xf').length : 0 };
}

/** `uniqueCount` equals the number of `<si>`. Returns also that number. */
export function sharedStringsProblems(
  part: string,
  doc: Document,
): { problems: OoxmlProblem[]; strings: number } {
  const root = doc.documentElement;
  const strings = root ? children(root, 'si').length : 0;
  const unique = root?.getAttribute('uniqueCount');
  const problems =
    unique !== null && unique !== undefined && unique !== '' && Number(unique) !== strings
      ? [{ part, message: `uniqueCount="${unique}" but there are ${strings} <si>` }]
      : [];
  return { problems, strings };
}

// ---------------------------------------------------------------------------------------------
// Worksheets
// ---------------------------------------------------------------------------------------------

/** What a sheet's cells may refer to: the number of cell formats and of shared strings. */
export interface SheetContext {
  readonly xfs: number;
  readonly strings: number;
}

/** A sheet's problems: its cells, its data validations and its conditional formats. */
export function worksheetProblems(part: string, doc: Document, ctx: SheetContext): OoxmlProblem[] {
  return [
    ...cellProblems(part, doc, ctx),
    ...validationProblems(part, doc),
    ...conditionalFormatProblems(part, doc),
  ];
}

/**
 * Every style index (`<c s>`, `<row s>`, `<col style>`) is a cell format of cellXfs, and every
 * shared-string cell's value an index of an `<si>`.
 */
function cellProblems(part: string, doc: Document, ctx: SheetContext): OoxmlProblem[] {
  const problems: OoxmlProblem[] = [];
  const styled: [Element, string][] = [
    ...all(doc, SML, 'c').map((c) => [c, 's'] as [Element, string]),
    ...all(doc, SML, 'row').map((r) => [r, 's'] as [Element, string]),
    ...all(doc, SML, 'col').map((c) => [c, 'style'] as [Element, string]),
  ];
  for (const [el, attr] of styled) {
    const s = el.getAttribute(attr);
    if (s !== null && !(Number(s) >= 0 && Number(s) < ctx.xfs))
      problems.push({ part, message: `${where(el)} has style ${s}, but cellXfs has ${ctx.xfs}` });
  }
  for (const c of all(doc, SML, 'c')) {
    if (c.getAttribute('t') !== 's') continue;
    const v = children(c, 'v')[0]?.textContent ?? '';
    if (!/^\d+$/.test(v) || Number(v) >= ctx.strings)
      problems.push({ part, message: `${where(c)} is shared string ${v} of ${ctx.strings}` });
  }
  return problems;
}

function where(el: Element): string {
  const r = el.getAttribute('r');
  if (el.localName === 'c') return `cell ${r ?? '(no r)'}`;
  if (el.localName === 'row') return `row ${r ?? '(no r)'}`;
  return `<col min="${el.getAttribute('min')}" max="${el.getAttribute('max')}">`;
}

/** A validation's type (none by default) and whether it carries what that type needs. */
function emptyValidation(dv: Element): boolean {
  const type = dv.getAttribute('type') ?? 'none';
  const formula = children(dv, 'formula1').some((f) => (f.textContent ?? '').trim() !== '');
  if (type !== 'none') return !formula;
  // A validation of type none only shows its input prompt: without one it does nothing.
  return !(dv.getAttribute('prompt') || dv.getAttribute('promptTitle'));
}

/**
 * No two data validations of a sheet cover the same cell (Excel keeps one of them and reports
 * the file damaged), including those in the x14 extension; none is empty (a type without its
 * formula, or no type and no prompt).
 */
function validationProblems(part: string, doc: Document): OoxmlProblem[] {
  const problems: OoxmlProblem[] = [];
  const list: { sqref: string; boxes: Box[] }[] = [];
  for (const dv of all(doc, SML, 'dataValidation')) {
    const sqref = dv.getAttribute('sqref') ?? '';
    list.push({ sqref, boxes: sqrefBoxes(sqref, part, problems) });
    if (emptyValidation(dv))
      problems.push({ part, message: `the data validation on ${sqref} is empty` });
  }
  for (const dv of all(doc, X14, 'dataValidation')) {
    const sqref = all(dv, XM, 'sqref')[0]?.textContent ?? '';
    list.push({ sqref: `${sqref} (x14)`, boxes: sqrefBoxes(sqref, part, problems) });
  }
  list.forEach((a, i) => {
    for (const b of list.slice(i + 1))
      if (anyOverlap(a.boxes, b.boxes))
        problems.push({ part, message: `data validations on ${a.sqref} and ${b.sqref} overlap` });
  });
  return problems;
}

/** What makes two conditional-format rules the same rule: all but priority and format. */
function ruleKey(rule: Element): string {
  const attrs = ['type', 'operator', 'text', 'timePeriod', 'rank', 'percent', 'bottom']
    .map((a) => `${a}=${rule.getAttribute(a) ?? ''}`)
    .join(' ');
  const body = children(rule)
    .filter((c) => c.localName !== 'extLst')
    .map((c) => `${c.localName}:${c.textContent ?? ''}`)
    .join('|');
  return `${attrs} ${body}`;
}

/**
 * No rule is written twice over the same cells: two conditional formats with the same rule
 * (type, operator and formulas) whose ranges start at the same cell (so their relative formulas
 * mean the same) and share a cell. A re-run that adds its rules again breaks this.
 */
function conditionalFormatProblems(part: string, doc: Document): OoxmlProblem[] {
  const problems: OoxmlProblem[] = [];
  const seen: { key: string; sqref: string; boxes: Box[] }[] = [];
  for (const cf of all(doc, SML, 'conditionalFormatting')) {
    const sqref = cf.getAttribute('sqref') ?? '';
    const boxes = sqrefBoxes(sqref, part, problems);
    const anchor = boxes[0] ? `${boxes[0].top},${boxes[0].left}` : '';
    for (const rule of children(cf, 'cfRule')) {
      const key = `${anchor} ${ruleKey(rule)}`;
      const twin = seen.find((s) => s.key === key && anyOverlap(s.boxes, boxes));
      if (twin)
        problems.push({
          part,
          message: `the conditional format ${rule.getAttribute('type')} on ${sqref} repeats the one on ${twin.sqref}`,
        });
      seen.push({ key, sqref, boxes });
    }
  }
  return problems;
}

/** The worksheets of the workbook: name and part. */
export function worksheetsOf(pkg: ParsedPackage): { name: string; part: string }[] {
  const { workbook, byId } = workbookParts(pkg);
  const doc = pkg.xml(workbook);
  if (!doc) return [];
  return all(doc, SML, 'sheet').map((s) => ({
    name: s.getAttribute('name') ?? '',
    part: byId.get(s.getAttributeNS(REL, 'id') ?? '') ?? '',
  }));
}

/** Every rule above, over a whole package. */
export function ruleProblems(pkg: ParsedPackage): OoxmlProblem[] {
  const problems = packageProblems(pkg);
  const { workbook, byKind } = workbookParts(pkg);
  const wb = pkg.xml(workbook);
  if (wb) problems.push(...workbookProblems(workbook, wb));
  const stylesPart = byKind.get('styles') ?? '';
  const styles = pkg.names.includes(stylesPart) ? pkg.xml(stylesPart) : null;
  const st = styles ? stylesProblems(stylesPart, styles) : { problems: [], xfs: 0 };
  const sstPart = byKind.get('sharedStrings') ?? '';
  const sst = pkg.names.includes(sstPart) ? pkg.xml(sstPart) : null;
  const ss = sst ? sharedStringsProblems(sstPart, sst) : { problems: [], strings: 0 };
  problems.push(...st.problems, ...ss.problems);
  for (const { part } of worksheetsOf(pkg)) {
    const doc = pkg.names.includes(part) ? pkg.xml(part) : null;
    if (doc?.documentElement?.localName === 'worksheet')
      problems.push(...worksheetProblems(part, doc, { xfs: st.xfs, strings: ss.strings }));
  }
  return problems;
}
