import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { corpusPath } from './manifest';
import {
  changedValues,
  comparePackages,
  definedNamesOf,
  formulaCells,
  packageFromBytes,
  partText,
  partXml,
  readPackage,
  relationshipsOf,
  relsPartOf,
  sameComputedValue,
  savedValues,
  sheetsOf,
  untouchedPartsThatChanged,
  writePackage,
  type Package,
} from '../support/packageParts';
import { sheetFeatures } from '../support/packageFeatures';

const JHS = corpusPath('openpyxl-juhuasuan.xlsx');

/** A copy of a package with some parts replaced (undefined removes the part). */
function edited(
  pkg: Package,
  changes: Record<string, string | undefined>,
): Map<string, Uint8Array> {
  const out = new Map(pkg);
  for (const [part, text] of Object.entries(changes))
    if (text === undefined) out.delete(part);
    else out.set(part, strToU8(text));
  return out;
}

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const RNS = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const PKG_RELS = 'xmlns="http://schemas.openxmlformats.org/package/2006/relationships"';
const REL_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/**
 * A one-sheet workbook written by hand: every cell type a reader meets (shared, rich and
 * phonetic strings, inline text, a formula's text result, booleans, errors, a number, an empty
 * cell) and a shared formula over A2:A3, whose follower has no text of its own.
 */
function handMadePackage(): Package {
  const parts: Record<string, string> = {
    '_rels/.rels': `<Relationships ${PKG_RELS}><Relationship Id="rId1" Type="${REL_TYPE}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml': `<workbook ${NS} ${RNS}><sheets><sheet name="表 1" sheetId="1" r:id="rId1"/><sheet name="隐藏" sheetId="2" state="hidden" r:id="rId3"/></sheets><definedNames><definedName name="x" localSheetId="1">'隐藏'!$A$1</definedName><definedName name="x">'表 1'!$A$1</definedName></definedNames></workbook>`,
    'xl/_rels/workbook.xml.rels': `<Relationships ${PKG_RELS}><Relationship Id="rId1" Type="${REL_TYPE}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL_TYPE}/sharedStrings" Target="/xl/sharedStrings.xml"/><Relationship Id="rId3" Type="${REL_TYPE}/worksheet" Target="worksheets/sheet2.xml"/></Relationships>`,
    'xl/sharedStrings.xml': `<sst ${NS}><si><t>开团</t></si><si><r><t>报名</t></r><r><t xml:space="preserve">前20天</t></r><rPh sb="0" eb="1"><t>ほう</t></rPh></si></sst>`,
    'xl/worksheets/sheet1.xml': `<worksheet ${NS}><sheetData><row r="1"><c r="A1"><v>10</v></c><c r="B1" t="s"><v>0</v></c><c r="C1" t="s"><v>1</v></c><c r="D1" t="inlineStr"><is><t>行内</t></is></c><c r="E1" t="str"><f>""&amp;""</f><v></v></c><c r="F1" t="b"><v>1</v></c><c r="G1" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="H1" s="1"/></row><row r="2"><c r="A2"><f t="shared" ref="A2:A3" si="0">A1+1</f><v>11</v></c></row><row r="3"><c r="A3"><f t="shared" si="0"/><v>12</v></c></row></sheetData></worksheet>`,
    'xl/worksheets/sheet2.xml': `<worksheet ${NS}><sheetData/></worksheet>`,
  };
  return new Map(Object.entries(parts).map(([k, v]) => [k, strToU8(v)]));
}

describe('comparePackages', () => {
  it('finds an identical copy identical, part by part', async () => {
    const a = await readPackage(JHS);
    const b = packageFromBytes(new Uint8Array(await fs.readFile(JHS)));
    const diff = comparePackages(a, b);
    expect(diff.identical).toEqual([...a.keys()].sort());
    expect([diff.changed, diff.added, diff.removed]).toEqual([[], [], []]);
  });

  it('compares the parts, not the zip: the same parts stored uncompressed are identical', async () => {
    const a = await readPackage(JHS);
    const stored = zipSync(Object.fromEntries(a), { level: 0 });
    expect(Buffer.compare(stored, await fs.readFile(JHS))).not.toBe(0);
    const diff = comparePackages(a, packageFromBytes(stored));
    expect(diff.identical).toHaveLength(a.size);
    expect(diff.changed).toEqual([]);
  });

  it('reports a part changed by one byte, a part removed and a part added', async () => {
    const a = await readPackage(JHS);
    const sheet = partText(a, 'xl/worksheets/sheet2.xml');
    const b = edited(a, {
      'xl/worksheets/sheet2.xml': sheet.replace('<v>20000</v>', '<v>20001</v>'),
      'xl/charts/chart1.xml': undefined,
      'customXml/item1.xml': '<a/>',
    });
    const diff = comparePackages(a, b);
    expect(diff.changed).toEqual(['xl/worksheets/sheet2.xml']);
    expect(diff.removed).toEqual(['xl/charts/chart1.xml']);
    expect(diff.added).toEqual(['customXml/item1.xml']);
    expect(diff.identical).toHaveLength(a.size - 2);
  });

  it('names the changed or removed parts outside what a command owns', async () => {
    const a = await readPackage(JHS);
    const b = edited(a, {
      'xl/worksheets/sheet1.xml': '<worksheet/>',
      'xl/styles.xml': '<styleSheet/>',
      'xl/comments/comment1.xml': undefined,
      'xl/worksheets/sheet9.xml': '<worksheet/>',
    });
    const owned = (p: string) => p.startsWith('xl/worksheets/') || p === 'xl/styles.xml';
    expect(untouchedPartsThatChanged(comparePackages(a, b), owned)).toEqual([
      'xl/comments/comment1.xml',
    ]);
  });
});

describe('package structure', () => {
  it('resolves relationship targets relative to the part, or from the root with a leading /', () => {
    const pkg = handMadePackage();
    expect(relsPartOf('xl/workbook.xml')).toBe('xl/_rels/workbook.xml.rels');
    expect(relsPartOf('')).toBe('_rels/.rels');
    const rels = relationshipsOf(pkg, 'xl/workbook.xml');
    expect(rels.get('rId1')?.target).toBe('xl/worksheets/sheet1.xml');
    expect(rels.get('rId2')?.target).toBe('xl/sharedStrings.xml');
    expect(relationshipsOf(pkg, 'xl/worksheets/sheet1.xml').size).toBe(0);
  });

  it('resolves ../ targets, as openpyxl writes a sheet’s drawing', async () => {
    const pkg = await readPackage(JHS);
    const kinds = [...relationshipsOf(pkg, 'xl/worksheets/sheet1.xml').values()].map(
      (r) => r.target,
    );
    expect(kinds).toEqual(
      expect.arrayContaining(['xl/drawings/drawing1.xml', 'xl/comments/comment1.xml']),
    );
  });

  it('lists sheets with their state, and names with the sheet they are scoped to', () => {
    const pkg = handMadePackage();
    expect(sheetsOf(pkg)).toEqual([
      { name: '表 1', state: 'visible', part: 'xl/worksheets/sheet1.xml' },
      { name: '隐藏', state: 'hidden', part: 'xl/worksheets/sheet2.xml' },
    ]);
    expect(definedNamesOf(pkg)).toEqual([
      { name: 'x', scope: '隐藏', ref: "'隐藏'!$A$1", hidden: false },
      { name: 'x', scope: null, ref: "'表 1'!$A$1", hidden: false },
    ]);
  });

  it('throws on a malformed part, naming it', () => {
    const pkg = edited(handMadePackage(), { 'xl/workbook.xml': '<workbook><sheets></workbook>' });
    expect(() => partXml(pkg, 'xl/workbook.xml')).toThrow(/xl\/workbook\.xml/);
    expect(() => partXml(pkg, 'xl/nothing.xml')).toThrow(/no part xl\/nothing\.xml/);
  });

  it('sees a chart only while its part is there', async () => {
    const pkg = await readPackage(JHS);
    expect(sheetFeatures(pkg, 'xl/worksheets/sheet2.xml').charts).toEqual(['barChart']);
    const without = edited(pkg, { 'xl/charts/chart1.xml': undefined });
    expect(sheetFeatures(without, 'xl/worksheets/sheet2.xml').charts).toEqual([]);
  });
});

describe('cells', () => {
  it('lists formula cells with their text, a shared formula’s follower with ""', () => {
    expect(formulaCells(handMadePackage())).toEqual(
      new Map([
        [
          '表 1',
          new Map([
            ['E1', '""&""'],
            ['G1', '1/0'],
            ['A2', 'A1+1'],
            ['A3', ''],
          ]),
        ],
        ['隐藏', new Map()],
      ]),
    );
  });

  it('reads saved values by their declared type: rich text without phonetics, "" kept, errors by code', () => {
    expect(Object.fromEntries(savedValues(handMadePackage()).get('表 1') ?? [])).toEqual({
      A1: 10,
      B1: '开团',
      C1: '报名前20天',
      D1: '行内',
      E1: '',
      F1: true,
      G1: { error: '#DIV/0!' },
      H1: null,
      A2: 11,
      A3: 12,
    });
  });

  it('writes a package that reads back with the same parts', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'tuijin-parts-'));
    const file = path.join(dir, 'hand.xlsx');
    const pkg = handMadePackage();
    await writePackage(pkg, file);
    const diff = comparePackages(pkg, await readPackage(file));
    expect(diff.identical).toHaveLength(pkg.size);
  });
});

describe('changedValues', () => {
  const map = (values: Record<string, unknown>) =>
    new Map([['表', new Map(Object.entries(values))]]) as Parameters<typeof changedValues>[0];

  it('takes numbers within 1e-9 as equal, and nothing else', () => {
    expect(sameComputedValue(30.416666666657, 30.4166666667006)).toBe(true);
    expect(sameComputedValue(0.1 + 0.2, 0.3)).toBe(true);
    expect(sameComputedValue(1, 1.000001)).toBe(false);
    expect(sameComputedValue(null, 0)).toBe(false);
    expect(sameComputedValue(null, '')).toBe(false);
    expect(sameComputedValue('1', 1)).toBe(false);
    expect(sameComputedValue({ error: '#NAME?' }, { error: '#NAME?' })).toBe(true);
    expect(sameComputedValue({ error: '#NAME?' }, { error: '#REF!' })).toBe(false);
  });

  it('names each cell whose value changed or went missing', () => {
    const before = map({ H1: 1, D2: 2, D3: 'x' });
    const after = map({ H1: 2, D2: 2 });
    expect(changedValues(before, after)).toEqual([
      { sheet: '表', cell: 'H1', before: 1, after: 2 },
      { sheet: '表', cell: 'D3', before: 'x', after: undefined },
    ]);
    expect(changedValues(before, before)).toEqual([]);
  });
});
