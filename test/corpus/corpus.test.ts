import { CORPUS, corpusPath } from './manifest';
import {
  definedNamesOf,
  elements,
  formulaCells,
  partXml,
  readPackage,
  relationshipsOf,
  sheetsOf,
  type Package,
} from '../support/packageParts';
import { customProperties, workbookFeatures } from '../support/packageFeatures';

const CT = 'http://schemas.openxmlformats.org/package/2006/content-types';

/** A part name's extension as OPC reads it: `_rels/.rels` has the extension "rels". */
const extension = (part: string): string => {
  const last = part.slice(part.lastIndexOf('/') + 1);
  return last.includes('.') ? last.slice(last.lastIndexOf('.') + 1).toLowerCase() : '';
};

/** Parts whose content type [Content_Types].xml does not give (by Override or by extension). */
function partsWithoutContentType(pkg: Package): string[] {
  const types = partXml(pkg, '[Content_Types].xml');
  const overrides = new Set(
    elements(types, CT, 'Override').map((o) => (o.getAttribute('PartName') ?? '').slice(1)),
  );
  const defaults = new Set(
    elements(types, CT, 'Default').map((d) => (d.getAttribute('Extension') ?? '').toLowerCase()),
  );
  return [...pkg.keys()].filter(
    (p) => p !== '[Content_Types].xml' && !overrides.has(p) && !defaults.has(extension(p)),
  );
}

/** Internal relationships, from every part, whose target is not in the package. */
function danglingRelationships(pkg: Package): string[] {
  const sources = ['', ...[...pkg.keys()].filter((p) => !p.endsWith('.rels'))];
  return sources.flatMap((source) =>
    [...relationshipsOf(pkg, source).values()]
      .filter((r) => !r.external && !pkg.has(r.target))
      .map((r) => `${source || '/'} ${r.id} → ${r.target}`),
  );
}

const xmlParts = (pkg: Package) => [...pkg.keys()].filter((p) => /\.(xml|rels|vml)$/.test(p));

describe.each(CORPUS.map((c) => [c.file, c] as const))('the corpus file %s', (_, claim) => {
  let pkg: Package;
  beforeAll(async () => {
    pkg = await readPackage(corpusPath(claim.file));
  });

  it('is a package whose every XML part parses, has a content type and no dangling relationship', () => {
    for (const part of xmlParts(pkg)) expect(() => partXml(pkg, part)).not.toThrow();
    expect(partsWithoutContentType(pkg)).toEqual([]);
    expect(danglingRelationships(pkg)).toEqual([]);
  });

  it('has its sheets, in order, hidden where the manifest says', () => {
    expect(sheetsOf(pkg).map((s) => [s.name, s.state])).toEqual(claim.sheets);
  });

  it('has its defined names, each with its scope (a sheet, or the workbook)', () => {
    const names = definedNamesOf(pkg).map((n) => [n.name, n.scope]);
    const key = (n: readonly [string, string | null]) => `${n[0]}@${n[1] ?? ''}`;
    expect(names.map((n) => key(n as [string, string | null])).sort()).toEqual(
      claim.names.map(key).sort(),
    );
  });

  it('carries on each sheet the charts, images, comments, rules and settings the manifest lists', () => {
    const features = workbookFeatures(pkg);
    for (const [sheet, expected] of Object.entries(claim.features))
      expect({ sheet, ...features.get(sheet) }).toMatchObject({ sheet, ...expected });
  });

  it('holds the parts the manifest names, and its custom document properties', () => {
    for (const pattern of claim.parts)
      expect({
        pattern: String(pattern),
        found: [...pkg.keys()].some((p) => pattern.test(p)),
      }).toEqual({ pattern: String(pattern), found: true });
    expect(customProperties(pkg)).toEqual(claim.customProperties);
  });

  it('has exactly the team formula cells the manifest works out by hand', () => {
    const found = Object.fromEntries(
      [...formulaCells(pkg)].map(([sheet, cells]) => [sheet, [...cells.keys()].sort()]),
    );
    const claimed = Object.fromEntries(
      Object.entries(claim.teamFormulas).map(([sheet, cells]) => [
        sheet,
        Object.keys(cells).sort(),
      ]),
    );
    expect(found).toEqual(claimed);
  });
});

describe('the corpus as a whole', () => {
  it('covers what issue 14 asks of other writers: charts, images, comments, scoped names, outlinePr, a LibreOffice file', async () => {
    const all = await Promise.all(CORPUS.map(async (c) => readPackage(corpusPath(c.file))));
    const features = all.flatMap((p) => [...workbookFeatures(p).values()]);
    const charts = new Set(features.flatMap((f) => f.charts));
    expect([...charts].sort()).toEqual(['barChart', 'lineChart', 'pieChart']);
    expect(features.some((f) => f.images.length > 0)).toBe(true);
    expect(features.some((f) => f.comments.length > 0)).toBe(true);
    expect(features.some((f) => f.outlinePr !== null)).toBe(true);
    expect(features.some((f) => f.tables.length > 0)).toBe(true);
    expect(features.some((f) => f.pivotTables > 0)).toBe(true);
    // A name scoped to two sheets at once, and one both scoped and workbook-wide.
    const names = all.flatMap((p) => definedNamesOf(p));
    const scopes = (n: string) => new Set(names.filter((d) => d.name === n).map((d) => d.scope));
    expect(scopes('目标')).toEqual(new Set(['推进表', '备注', '说明']));
    expect(scopes('预算总额')).toEqual(new Set([null, '双11 预算']));
    expect(new Set(CORPUS.map((c) => c.writer.split(' ')[0]))).toEqual(
      new Set(['openpyxl', 'LibreOffice']),
    );
  });
});
