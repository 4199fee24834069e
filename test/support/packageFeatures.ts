import type { Element } from '@xmldom/xmldom';
import {
  childElements,
  elements,
  partXml,
  relKind,
  relationshipsOf,
  sheetsOf,
  type Package,
} from './packageParts';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const CHART = 'http://schemas.openxmlformats.org/drawingml/2006/chart';
const DRAWING = 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing';
const A = 'http://schemas.openxmlformats.org/drawingml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const CUSTOM = 'http://schemas.openxmlformats.org/officeDocument/2006/custom-properties';

/** What a worksheet carries besides its cells, read from its part and the parts it relates to. */
export interface SheetFeatures {
  /** The kinds of the charts on its drawing (`barChart`, `lineChart`, `pieChart` …). */
  readonly charts: string[];
  /** The media parts of the pictures on its drawing (`xl/media/image1.png`). */
  readonly images: string[];
  /** The cells that carry a comment (a note), from its comments part. */
  readonly comments: string[];
  /** The children of `<sheetPr>` in file order (`tabColor`, `outlinePr`, `pageSetUpPr`). */
  readonly sheetPr: string[];
  /** `<outlinePr>`'s attributes, or null when there is none. */
  readonly outlinePr: Record<string, string> | null;
  /** The top-left cell of the scrolling pane when panes are frozen, else null. */
  readonly frozenAt: string | null;
  /** The ranges (sqref) of each `<conditionalFormatting>`. */
  readonly conditionalFormats: string[];
  /** …and of each one in the x14 extension list (data bars, icon sets Excel 2010 added). */
  readonly extConditionalFormats: string[];
  /** The ranges (sqref) of each `<dataValidation>`. */
  readonly dataValidations: string[];
  /** …and of each one in the x14 extension list (lists taken from another sheet). */
  readonly extDataValidations: string[];
  readonly merges: string[];
  /** The Excel tables (ListObjects) on the sheet, by display name. */
  readonly tables: string[];
  readonly pivotTables: number;
  /** Rows with an outline level (grouped rows). */
  readonly groupedRows: number;
  readonly autoFilter: string | null;
  readonly hyperlinks: string[];
}

const attrs = (e: Element): Record<string, string> =>
  Object.fromEntries(Array.from(e.attributes).map((a) => [a.name, a.value]));

const X14 = 'http://schemas.microsoft.com/office/spreadsheetml/2009/9/main';

/** A range an x14 element gives in its `<xm:sqref>` child, or its own sqref attribute. */
function sqrefOf(e: Element): string {
  const own = e.getAttribute('sqref');
  if (own) return own;
  const xm = 'http://schemas.microsoft.com/office/excel/2006/main';
  return elements(e, xm, 'sqref')[0]?.textContent ?? '';
}

function drawingFeatures(pkg: Package, drawing: string): { charts: string[]; images: string[] } {
  const rels = relationshipsOf(pkg, drawing);
  const charts: string[] = [];
  const images: string[] = [];
  const doc = partXml(pkg, drawing);
  for (const c of elements(doc, CHART, 'chart')) {
    const target = rels.get(c.getAttributeNS(REL, 'id') ?? '')?.target;
    if (!target || !pkg.has(target)) continue;
    const plot = elements(partXml(pkg, target), CHART, 'plotArea')[0];
    for (let n = plot?.firstChild; n; n = n.nextSibling) {
      const local = n.nodeType === 1 ? ((n as Element).localName ?? '') : '';
      if (local.endsWith('Chart')) charts.push(local);
    }
  }
  for (const pic of elements(doc, DRAWING, 'pic'))
    for (const blip of elements(pic, A, 'blip')) {
      const target = rels.get(blip.getAttributeNS(REL, 'embed') ?? '')?.target;
      if (target) images.push(target);
    }
  return { charts, images };
}

function commentCells(pkg: Package, part: string): string[] {
  return elements(partXml(pkg, part), MAIN, 'comment').map((c) => c.getAttribute('ref') ?? '');
}

function tableName(pkg: Package, part: string): string {
  return partXml(pkg, part).documentElement?.getAttribute('displayName') ?? '';
}

function frozenAt(sheet: Element): string | null {
  const pane = elements(sheet, MAIN, 'pane')[0];
  if (!pane || !/^frozen/.test(pane.getAttribute('state') ?? '')) return null;
  return pane.getAttribute('topLeftCell');
}

/** What one worksheet part carries. */
export function sheetFeatures(pkg: Package, part: string): SheetFeatures {
  const sheet = partXml(pkg, part).documentElement;
  if (!sheet) throw new Error(`${part} is empty`);
  const rels = [...relationshipsOf(pkg, part).values()];
  const related = (kind: string) =>
    rels.filter((r) => relKind(r) === kind && !r.external && pkg.has(r.target));
  const drawn = related('drawing').map((r) => drawingFeatures(pkg, r.target));
  const sheetPr = childElements(sheet, MAIN, 'sheetPr')[0];
  const outline = sheetPr && childElements(sheetPr, MAIN, 'outlinePr')[0];
  return {
    charts: drawn.flatMap((d) => d.charts),
    images: drawn.flatMap((d) => d.images),
    comments: related('comments').flatMap((r) => commentCells(pkg, r.target)),
    sheetPr: sheetPr
      ? Array.from(sheetPr.childNodes)
          .filter((n) => n.nodeType === 1)
          .map((n) => (n as Element).localName ?? '')
      : [],
    outlinePr: outline ? attrs(outline) : null,
    frozenAt: frozenAt(sheet),
    conditionalFormats: elements(sheet, MAIN, 'conditionalFormatting').map(sqrefOf),
    extConditionalFormats: elements(sheet, X14, 'conditionalFormatting').map(sqrefOf),
    dataValidations: elements(sheet, MAIN, 'dataValidation').map(sqrefOf),
    extDataValidations: elements(sheet, X14, 'dataValidation').map(sqrefOf),
    merges: elements(sheet, MAIN, 'mergeCell').map((m) => m.getAttribute('ref') ?? ''),
    tables: related('table').map((r) => tableName(pkg, r.target)),
    pivotTables: related('pivotTable').length,
    groupedRows: elements(sheet, MAIN, 'row').filter(
      (r) => Number(r.getAttribute('outlineLevel') ?? 0) > 0,
    ).length,
    autoFilter: childElements(sheet, MAIN, 'autoFilter')[0]?.getAttribute('ref') ?? null,
    hyperlinks: elements(sheet, MAIN, 'hyperlink').map((h) => h.getAttribute('ref') ?? ''),
  };
}

/** Every sheet's features, by sheet name (worksheets only). */
export function workbookFeatures(pkg: Package): Map<string, SheetFeatures> {
  return new Map(
    sheetsOf(pkg)
      .filter((s) => pkg.has(s.part) && s.part.includes('worksheets/'))
      .map((s) => [s.name, sheetFeatures(pkg, s.part)]),
  );
}

/** The names of the custom document properties (docProps/custom.xml), in file order. */
export function customProperties(pkg: Package): string[] {
  const rel = [...relationshipsOf(pkg, '').values()].find(
    (r) => relKind(r) === 'custom-properties',
  );
  if (!rel || !pkg.has(rel.target)) return [];
  return elements(partXml(pkg, rel.target), CUSTOM, 'property').map(
    (p) => p.getAttribute('name') ?? '',
  );
}
