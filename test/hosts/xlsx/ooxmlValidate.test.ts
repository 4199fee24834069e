import { DOMParser, XMLSerializer } from '@xmldom/xmldom';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { block, num, sheetPlan, text, type SheetPlan } from '../../../src/core/plan';
import { XlsxHost } from '../../../src/hosts/xlsx/XlsxHost';
import { saveWorkbook } from '../../../src/hosts/xlsx/saveWorkbook';
import { applyMarkupCompatibility, MC } from '../../support/markupCompatibility';
import { checkXlsx } from '../../support/ooxmlValidate';
import { checkSavedBooks } from '../../support/writtenWorkbooks';

const SML = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const SHEET = 'xl/worksheets/sheet1.xml';

/** A 推进表 as the writer writes it: cells, a list, a conditional format, merges, a print area. */
function writtenBook(extra: Partial<SheetPlan> = {}): Uint8Array {
  const host = XlsxHost.create();
  const rows = Array.from({ length: 15 }, (_, i) => [text(`事项${i + 1}`), num(i)]);
  host.writeSheetPlan({
    ...sheetPlan('推进表', true),
    blocks: [block({ row: 0, col: 6 }, rows)],
    validations: [{ range: { row: 2, col: 7, rows: 13, cols: 1 }, list: ['未开始', '已完成'] }],
    conditionalFormats: [
      { range: { row: 2, col: 6, rows: 13, cols: 2 }, formula: '$H3="已完成"', fill: '#C6EFCE' },
    ],
    merges: [{ row: 0, col: 0, rows: 2, cols: 2 }],
    freeze: { rows: 2, cols: 0 },
    print: { landscape: true, fitToWidth: true, area: { row: 0, col: 0, rows: 16, cols: 76 } },
    ...extra,
  });
  return host.bytes();
}

/** The workbook with one part's text edited. */
function edited(bytes: Uint8Array, part: string, edit: (xml: string) => string): Uint8Array {
  const parts = unzipSync(bytes);
  const before = strFromU8(parts[part]!);
  const after = edit(before);
  if (after === before) throw new Error(`the edit left ${part} as it was`);
  parts[part] = strToU8(after);
  return zipSync(parts);
}

const problemsOf = async (bytes: Uint8Array) =>
  (await checkXlsx(bytes)).problems.map((p) => `${p.part}: ${p.message}`);

describe('checkXlsx', () => {
  it('finds nothing wrong with what the writer writes, and validates every part of it', async () => {
    const report = await checkXlsx(writtenBook());
    expect(report.problems).toEqual([]);
    expect([...report.validated].sort()).toEqual([
      '[Content_Types].xml',
      '_rels/.rels',
      'xl/_rels/workbook.xml.rels',
      'xl/sharedStrings.xml',
      'xl/styles.xml',
      'xl/workbook.xml',
      'xl/worksheets/sheet1.xml',
    ]);
    expect(report.skipped).toEqual([]);
    expect(strFromU8(unzipSync(writtenBook())['xl/workbook.xml']!)).toContain(
      `'推进表'!$A$1:$BX$16`,
    );
  });

  it('catches a sheetPr whose children are out of schema order (ExcelJS issue #1348)', async () => {
    const bad = edited(writtenBook(), SHEET, (xml) =>
      xml.replace('<pageSetUpPr fitToPage="1"/>', '$&<outlinePr summaryBelow="0"/>'),
    );
    expect(await problemsOf(bad)).toEqual([
      expect.stringMatching(/^xl\/worksheets\/sheet1\.xml: .*Element 'outlinePr'.*not expected/),
    ]);
  });

  it('catches overlapping data validations and an empty one', async () => {
    const bad = edited(writtenBook(), SHEET, (xml) =>
      xml
        .replace(/<dataValidations count="1">/, '<dataValidations count="3">')
        .replace(
          '</dataValidations>',
          '<dataValidation type="list" sqref="H10:H15"><formula1>"a,b"</formula1></dataValidation>' +
            '<dataValidation allowBlank="1" sqref="K1"/></dataValidations>',
        ),
    );
    expect(await problemsOf(bad)).toEqual([
      `${SHEET}: the data validation on K1 is empty`,
      `${SHEET}: data validations on H3:H15 and H10:H15 overlap`,
    ]);
  });

  it('catches a conditional format written twice over the same cells', async () => {
    const bad = edited(writtenBook(), SHEET, (xml) =>
      xml.replace(/<conditionalFormatting.*?<\/conditionalFormatting>/, '$&$&'),
    );
    expect(await problemsOf(bad)).toEqual([
      `${SHEET}: the conditional format expression on G3:H15 repeats the one on G3:H15`,
    ]);
  });

  it('catches a print area that is not absolute, or local to no sheet', async () => {
    const relative = edited(writtenBook(), 'xl/workbook.xml', (xml) =>
      xml.replace('$A$1:$BX$16', '$A1:$BX16'),
    );
    expect(await problemsOf(relative)).toEqual([
      `xl/workbook.xml: _xlnm.Print_Area of 推进表 is not an absolute reference: '推进表'!$A1:$BX16`,
    ]);
    const nowhere = edited(writtenBook(), 'xl/workbook.xml', (xml) =>
      xml.replace('localSheetId="0"', 'localSheetId="3"'),
    );
    expect(await problemsOf(nowhere)).toEqual([
      'xl/workbook.xml: _xlnm.Print_Area has localSheetId 3, which is no sheet',
    ]);
  });

  it('catches two sheets whose names differ only in case', async () => {
    const host = XlsxHost.create();
    for (const name of ['Plan', 'Notes']) host.writeSheetPlan(sheetPlan(name, true));
    const bad = edited(host.bytes(), 'xl/workbook.xml', (xml) => xml.replace('"Notes"', '"PLAN"'));
    expect(await problemsOf(bad)).toEqual([
      'xl/workbook.xml: two sheets are named "PLAN" (ignoring case)',
    ]);
  });

  it('catches counts that do not match, and indexes past the styles or the strings', async () => {
    let bad = edited(writtenBook(), 'xl/styles.xml', (xml) =>
      xml.replace('<fonts count="1">', '<fonts count="2">'),
    );
    bad = edited(bad, 'xl/sharedStrings.xml', (xml) =>
      xml.replace(/uniqueCount="\d+"/, 'uniqueCount="99"'),
    );
    bad = edited(bad, SHEET, (xml) =>
      xml
        .replace(/<c r="G1"([^>]*) t="s"><v>\d+<\/v>/, '<c r="G1"$1 t="s"><v>99</v>')
        .replace('<c r="H1"', '<c r="H1" s="42"'),
    );
    expect(await problemsOf(bad)).toEqual([
      'xl/styles.xml: <fonts count="2"> has 1 children',
      expect.stringMatching(/^xl\/sharedStrings.xml: uniqueCount="99" but there are \d+ <si>$/),
      expect.stringMatching(
        /^xl\/worksheets\/sheet1.xml: cell H1 has style 42, but cellXfs has \d+$/,
      ),
      expect.stringMatching(/^xl\/worksheets\/sheet1.xml: cell G1 is shared string 99 of \d+$/),
    ]);
  });

  it('catches a content type or a relationship that names a missing part', async () => {
    const THEME = 'application/vnd.openxmlformats-officedocument.theme+xml';
    let bad = edited(writtenBook(), '[Content_Types].xml', (xml) =>
      xml.replace(
        '</Types>',
        `<Override PartName="/xl/theme/theme1.xml" ContentType="${THEME}"/>$&`,
      ),
    );
    bad = edited(bad, 'xl/_rels/workbook.xml.rels', (xml) =>
      xml.replace(
        '</Relationships>',
        '<Relationship Id="rId99" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme" Target="theme/theme1.xml"/>$&',
      ),
    );
    expect(await problemsOf(bad)).toEqual([
      '[Content_Types].xml: overrides a missing part /xl/theme/theme1.xml',
      'xl/_rels/workbook.xml.rels: rId99 points at a missing part xl/theme/theme1.xml',
    ]);
  });
});

describe('markup compatibility', () => {
  const X14AC = 'http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac';
  const X14 = 'http://schemas.microsoft.com/office/spreadsheetml/2009/9/main';
  const withFormatPr = (ignorable: string) =>
    edited(writtenBook(), SHEET, (xml) =>
      xml
        .replace(/<worksheet /, `<worksheet xmlns:mc="${MC}" xmlns:x14ac="${X14AC}" ${ignorable} `)
        .replace(
          '<sheetData>',
          '<sheetFormatPr defaultRowHeight="14" x14ac:dyDescent="0.2"/><sheetData>',
        ),
    );

  it('ignores the attributes of a namespace the part declares ignorable, and only those', async () => {
    expect(await problemsOf(withFormatPr('mc:Ignorable="x14ac"'))).toEqual([]);
    expect(await problemsOf(withFormatPr(''))).toEqual([
      expect.stringMatching(
        /attribute '\{http:\/\/schemas.microsoft.com\/office\/spreadsheetml\/2009\/9\/ac\}dyDescent' is not allowed/,
      ),
    ]);
  });

  it('replaces an AlternateContent by the first Choice it understands, or else by its Fallback', () => {
    const read = (xml: string) => {
      const doc = new DOMParser().parseFromString(xml, 'application/xml');
      applyMarkupCompatibility(doc, new Set([SML]));
      return new XMLSerializer().serializeToString(doc);
    };
    const ac = (choiceRequires: string, fallback: string) =>
      `<root xmlns="${SML}" xmlns:mc="${MC}" xmlns:x14="${X14}"><mc:AlternateContent>` +
      `<mc:Choice Requires="${choiceRequires}"><chosen/></mc:Choice>` +
      `${fallback}</mc:AlternateContent><after/></root>`;
    expect(read(ac('x14', '<mc:Fallback><fallback/></mc:Fallback>'))).toBe(
      `<root xmlns="${SML}" xmlns:mc="${MC}" xmlns:x14="${X14}"><fallback/><after/></root>`,
    );
    expect(read(ac('x14', ''))).toBe(
      `<root xmlns="${SML}" xmlns:mc="${MC}" xmlns:x14="${X14}"><after/></root>`,
    );
    const understood = ac('x14', '<mc:Fallback><fallback/></mc:Fallback>').replace(
      `xmlns:x14="${X14}"`,
      `xmlns:x14="${SML}"`,
    );
    expect(read(understood)).toContain('<chosen/><after/>');
  });

  it('drops the elements of an ignorable namespace with what they hold', () => {
    const doc = new DOMParser().parseFromString(
      `<root xmlns="${SML}" xmlns:mc="${MC}" xmlns:x14ac="${X14AC}" mc:Ignorable="x14ac">` +
        `<x14ac:extra><kept/></x14ac:extra><kept x14ac:a="1"/></root>`,
      'application/xml',
    );
    applyMarkupCompatibility(doc, new Set([SML]));
    expect(new XMLSerializer().serializeToString(doc)).toBe(
      `<root xmlns="${SML}" xmlns:mc="${MC}" xmlns:x14ac="${X14AC}"><kept/></root>`,
    );
  });
});

describe('every workbook the suite saves is checked (test/support/validateWrites.ts)', () => {
  it('fails the check with the file, the test and the problem of an invalid workbook saved', async () => {
    const bad = edited(writtenBook(), SHEET, (xml) =>
      xml.replace('<pageSetUpPr fitToPage="1"/>', '$&<tabColor rgb="FFFF0000"/>'),
    );
    await saveWorkbook(bad, '/nonexistent-folder/bad.xlsx').catch(() => undefined);
    await expect(checkSavedBooks()).rejects.toThrow(
      /\/nonexistent-folder\/bad\.xlsx \(saved by “every workbook .*”\) is not a valid xlsx[^]*Element 'tabColor'/,
    );
  });

  it('does not lay on the writer what a workbook it opened already broke', async () => {
    const team = edited(writtenBook(), SHEET, (xml) =>
      xml.replace('<pageSetUpPr fitToPage="1"/>', '$&<tabColor rgb="FFFF0000"/>'),
    );
    const host = XlsxHost.fromBytes(team);
    host.writeSheetPlan({
      ...sheetPlan('推进表'),
      blocks: [block({ row: 20, col: 0 }, [[text('新')]])],
    });
    await saveWorkbook(host.bytes(), '/nonexistent-folder/kept.xlsx').catch(() => undefined);
    await expect(checkSavedBooks()).resolves.toBeUndefined();
  });
});
