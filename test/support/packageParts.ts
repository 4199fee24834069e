import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { DOMParser, type Document, type Element } from '@xmldom/xmldom';
import { unzipSync, zipSync } from 'fflate';
import type { CellValue } from '../../src/core/grid';
import { recalcAllWithLibreOffice } from './libreoffice';
import { sameValue } from './engines';

/**
 * An OOXML package (an .xlsx) as its parts: part name (`xl/worksheets/sheet1.xml`, no leading
 * slash, as the zip names it) → the part's bytes, exactly as stored.
 */
export type Package = ReadonlyMap<string, Uint8Array>;

/** The parts of a zip archive held in memory. */
export function packageFromBytes(zip: Uint8Array): Package {
  return new Map(Object.entries(unzipSync(zip)).filter(([name]) => !name.endsWith('/')));
}

/** The parts of an .xlsx file. */
export async function readPackage(file: string): Promise<Package> {
  return packageFromBytes(new Uint8Array(await fs.readFile(file)));
}

/**
 * Writes parts as an .xlsx (deflated, in the map's order): for tests that hand a reader or
 * LibreOffice a package with one part changed.
 */
export async function writePackage(pkg: Package, file: string): Promise<void> {
  await fs.writeFile(file, zipSync(Object.fromEntries(pkg)));
}

/** How two packages differ, part by part; each list sorted by part name. */
export interface PackageDiff {
  /** In both, the same bytes. */
  readonly identical: readonly string[];
  /** In both, other bytes. */
  readonly changed: readonly string[];
  /** Only in the second. */
  readonly added: readonly string[];
  /** Only in the first. */
  readonly removed: readonly string[];
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && Buffer.compare(a, b) === 0;
}

/**
 * Which parts of `after` are byte-identical to those of `before`, changed, added or removed.
 * @example comparePackages(await readPackage(input), await readPackage(output)).changed // ['xl/worksheets/sheet1.xml', …]
 */
export function comparePackages(before: Package, after: Package): PackageDiff {
  const identical: string[] = [];
  const changed: string[] = [];
  const removed: string[] = [];
  for (const [name, bytes] of before) {
    const other = after.get(name);
    if (other === undefined) removed.push(name);
    else (sameBytes(bytes, other) ? identical : changed).push(name);
  }
  const added = [...after.keys()].filter((name) => !before.has(name));
  return {
    identical: identical.sort(),
    changed: changed.sort(),
    added: added.sort(),
    removed: removed.sort(),
  };
}

/**
 * The parts a command had no business touching but changed or removed: every changed or removed
 * part that `owned` does not claim. A round-trip test expects [].
 * @example untouchedPartsThatChanged(diff, (p) => p === 'xl/workbook.xml' || p.startsWith('xl/worksheets/'))
 */
export function untouchedPartsThatChanged(
  diff: PackageDiff,
  owned: (part: string) => boolean,
): string[] {
  return [...diff.changed, ...diff.removed].filter((p) => !owned(p)).sort();
}

// ---------------------------------------------------------------------------------------------
// XML of the parts
// ---------------------------------------------------------------------------------------------

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';

/** A part as text (UTF-8); throws when the package has no such part. */
export function partText(pkg: Package, part: string): string {
  const bytes = pkg.get(part);
  if (bytes === undefined) throw new Error(`the package has no part ${part}`);
  return Buffer.from(bytes).toString('utf8');
}

/** A part parsed as XML; a malformed part throws. */
export function partXml(pkg: Package, part: string): Document {
  return new DOMParser({
    onError: (level, message) => {
      if (level !== 'warning') throw new Error(`${part}: ${message}`);
    },
  }).parseFromString(partText(pkg, part), 'text/xml');
}

/** The child elements of `parent` named `local` in namespace `ns`, in document order. */
export function childElements(parent: Element | Document, ns: string, local: string): Element[] {
  const out: Element[] = [];
  for (let n = parent.firstChild; n; n = n.nextSibling)
    if (
      n.nodeType === 1 &&
      (n as Element).namespaceURI === ns &&
      (n as Element).localName === local
    )
      out.push(n as Element);
  return out;
}

/** Every element named `local` in namespace `ns` under `node`. */
export function elements(node: Element | Document, ns: string, local: string): Element[] {
  return Array.from(node.getElementsByTagNameNS(ns, local));
}

/** One relationship of a part, its target resolved to a part name (or a URL when external). */
export interface Relationship {
  readonly id: string;
  readonly type: string;
  readonly target: string;
  readonly external: boolean;
}

/** The relationships part of a part: `xl/workbook.xml` → `xl/_rels/workbook.xml.rels`. */
export function relsPartOf(part: string): string {
  return path.posix.join(path.posix.dirname(part), '_rels', `${path.posix.basename(part)}.rels`);
}

/**
 * The relationships of a part (none when it has no .rels part), by id. Targets are resolved as
 * OPC says: relative to the part's folder, or from the package root when they start with `/`.
 */
export function relationshipsOf(pkg: Package, part: string): Map<string, Relationship> {
  const rels = relsPartOf(part);
  const out = new Map<string, Relationship>();
  if (!pkg.has(rels)) return out;
  for (const r of elements(partXml(pkg, rels), PKG_REL, 'Relationship')) {
    const external = r.getAttribute('TargetMode') === 'External';
    const raw = r.getAttribute('Target') ?? '';
    const target = external
      ? raw
      : raw.startsWith('/')
        ? raw.slice(1)
        : path.posix.normalize(path.posix.join(path.posix.dirname(part), raw));
    const id = r.getAttribute('Id') ?? '';
    out.set(id, { id, type: r.getAttribute('Type') ?? '', target, external });
  }
  return out;
}

/** The relationship type's last word: `…/relationships/worksheet` → `worksheet`. */
export const relKind = (r: Relationship): string => r.type.slice(r.type.lastIndexOf('/') + 1);

/** A sheet of the workbook: its name, visibility and part. */
export interface SheetEntry {
  readonly name: string;
  readonly state: 'visible' | 'hidden' | 'veryHidden';
  readonly part: string;
}

/** The workbook part, found from the package relationships (`xl/workbook.xml` by convention). */
export function workbookPart(pkg: Package): string {
  const main = [...relationshipsOf(pkg, '').values()].find((r) => relKind(r) === 'officeDocument');
  return main?.target ?? 'xl/workbook.xml';
}

/** The sheets in workbook order (also chartsheets, whose part is then not a worksheet). */
export function sheetsOf(pkg: Package): SheetEntry[] {
  const wb = workbookPart(pkg);
  const rels = relationshipsOf(pkg, wb);
  return elements(partXml(pkg, wb), MAIN, 'sheet').map((s) => ({
    name: s.getAttribute('name') ?? '',
    state: (s.getAttribute('state') || 'visible') as SheetEntry['state'],
    part: rels.get(s.getAttributeNS(REL, 'id') ?? '')?.target ?? '',
  }));
}

/** A defined name with its scope: the sheet it is local to (localSheetId), or null for the book. */
export interface DefinedNameEntry {
  readonly name: string;
  readonly scope: string | null;
  readonly ref: string;
  readonly hidden: boolean;
}

/** The workbook's defined names, in file order, each with its scope resolved to a sheet name. */
export function definedNamesOf(pkg: Package): DefinedNameEntry[] {
  const sheets = sheetsOf(pkg);
  return elements(partXml(pkg, workbookPart(pkg)), MAIN, 'definedName').map((d) => {
    const local = d.getAttribute('localSheetId');
    const hidden = d.getAttribute('hidden');
    return {
      name: d.getAttribute('name') ?? '',
      scope: local === null || local === '' ? null : (sheets[Number(local)]?.name ?? `#${local}`),
      ref: d.textContent ?? '',
      hidden: hidden === '1' || hidden === 'true',
    };
  });
}

// ---------------------------------------------------------------------------------------------
// Cells
// ---------------------------------------------------------------------------------------------

/** Per sheet name, per A1 address (`H4`), something about a cell. */
export type CellMap<T> = Map<string, Map<string, T>>;

/** The plain text of a shared or inline string: its `t`, or its runs' `t` joined (no phonetics). */
function stringItemText(si: Element): string {
  const direct = childElements(si, MAIN, 't');
  if (direct.length > 0) return direct.map((t) => t.textContent ?? '').join('');
  return childElements(si, MAIN, 'r')
    .flatMap((r) => childElements(r, MAIN, 't'))
    .map((t) => t.textContent ?? '')
    .join('');
}

function sharedStrings(pkg: Package): string[] {
  const wb = workbookPart(pkg);
  const rel = [...relationshipsOf(pkg, wb).values()].find((r) => relKind(r) === 'sharedStrings');
  if (!rel || !pkg.has(rel.target)) return [];
  return elements(partXml(pkg, rel.target), MAIN, 'si').map(stringItemText);
}

/** A cell's saved value read by its declared type (for a formula, its cached result). */
function cellValue(c: Element, shared: readonly string[]): CellValue {
  const v = childElements(c, MAIN, 'v')[0]?.textContent ?? undefined;
  switch (c.getAttribute('t')) {
    case 's':
      return v === undefined ? null : (shared[Number(v)] ?? null);
    case 'str':
      return v ?? '';
    case 'inlineStr': {
      const is = childElements(c, MAIN, 'is')[0];
      return is ? stringItemText(is) : '';
    }
    case 'b':
      return v === undefined ? null : v === '1' || v === 'true';
    case 'e':
      return v === undefined ? null : { error: v };
    default:
      return v === undefined || v === '' ? null : Number(v);
  }
}

/**
 * The `<c>` elements of every worksheet with their addresses, by sheet name (chartsheets have
 * none). A cell placed by position alone (no `r`) would be misread, so it throws.
 */
function cellsBySheet(pkg: Package, each: (sheet: string, at: string, c: Element) => void): void {
  for (const s of sheetsOf(pkg)) {
    if (!pkg.has(s.part)) continue;
    for (const c of elements(partXml(pkg, s.part), MAIN, 'c')) {
      const at = c.getAttribute('r');
      if (!at) throw new Error(`a cell of ${s.name} has no address (r)`);
      each(s.name, at, c);
    }
  }
}

function put<T>(map: CellMap<T>, sheet: string, at: string, value: T): void {
  let cells = map.get(sheet);
  if (!cells) map.set(sheet, (cells = new Map()));
  cells.set(at, value);
}

/**
 * The formula cells of a package: per sheet, per address, the text of the cell's `<f>` element
 * (without "="). A cell that follows a shared formula has `<f t="shared" si="…"/>` and no text:
 * it is a formula cell all the same, listed with "".
 */
export function formulaCells(pkg: Package): CellMap<string> {
  const out: CellMap<string> = new Map();
  for (const s of sheetsOf(pkg)) out.set(s.name, new Map());
  cellsBySheet(pkg, (sheet, at, c) => {
    const f = childElements(c, MAIN, 'f')[0];
    if (f) put(out, sheet, at, f.textContent ?? '');
  });
  return out;
}

/**
 * The value every cell was saved with (a formula's cached result), typed as the file declares
 * it: numbers at full precision, text exact, booleans, errors by code; a cell with no value is
 * null. Dates are serials.
 */
export function savedValues(pkg: Package): CellMap<CellValue> {
  const shared = sharedStrings(pkg);
  const out: CellMap<CellValue> = new Map();
  for (const s of sheetsOf(pkg)) out.set(s.name, new Map());
  cellsBySheet(pkg, (sheet, at, c) => put(out, sheet, at, cellValue(c, shared)));
  return out;
}

/**
 * The team's formulas as LibreOffice computes them: the file is opened in headless LibreOffice
 * (which recalculates every formula on load) and saved as xlsx, and the value of each cell of
 * `cells` is read from what it saved — by default every formula cell of the file itself. A cell
 * LibreOffice did not save (a sheet or cell gone) is `undefined`. LibreOffice alone
 * (recalcWithLibreOffice): the corpus holds what Gnumeric and the CLI's own reader cannot take
 * (drawings ExcelJS fails on, structured references), so no engine comparison here.
 *
 * For a round trip, pass the input's formula cells when reading the output, so the cells the
 * command added play no part:
 * @example
 *   const team = formulaCells(await readPackage(input));
 *   expect(changedValues(await libreOfficeValues(input, team), await libreOfficeValues(output, team))).toEqual([]);
 */
export async function libreOfficeValues(
  file: string,
  cells?: CellMap<unknown>,
): Promise<CellMap<CellValue | undefined>> {
  const [values] = await libreOfficeValuesOfAll([{ file, ...(cells && { cells }) }]);
  return values!;
}

/**
 * libreOfficeValues of several files, recalculated by one LibreOffice run (see
 * recalcAllWithLibreOffice: their base names must differ), in order.
 */
export async function libreOfficeValuesOfAll(
  runs: readonly { readonly file: string; readonly cells?: CellMap<unknown> }[],
): Promise<CellMap<CellValue | undefined>[]> {
  const outs = await recalcAllWithLibreOffice(
    runs.map((r) => r.file),
    'xlsx',
  );
  return Promise.all(
    runs.map(async ({ file, cells }, i) => {
      const which = cells ?? formulaCells(await readPackage(file));
      const computed = savedValues(await readPackage(outs[i]!));
      const out: CellMap<CellValue | undefined> = new Map();
      for (const [sheet, addresses] of which) {
        const values = new Map<string, CellValue | undefined>();
        for (const at of addresses.keys()) values.set(at, computed.get(sheet)?.get(at));
        out.set(sheet, values);
      }
      return out;
    }),
  );
}

/** Whether two computed values are the same: the three-engine check's rule (engines.sameValue). */
export const sameComputedValue = sameValue;

/** A cell whose computed value differs between two runs. */
export interface ValueChange {
  readonly sheet: string;
  readonly cell: string;
  readonly before: CellValue | undefined;
  readonly after: CellValue | undefined;
}

/** Every cell of `before` whose value in `after` is not the same (a missing cell is undefined). */
export function changedValues(
  before: CellMap<CellValue | undefined>,
  after: CellMap<CellValue | undefined>,
): ValueChange[] {
  const out: ValueChange[] = [];
  for (const [sheet, cells] of before)
    for (const [cell, value] of cells) {
      const other = after.get(sheet)?.get(cell);
      if (!sameComputedValue(value, other)) out.push({ sheet, cell, before: value, after: other });
    }
  return out;
}
