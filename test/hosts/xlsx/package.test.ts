import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { block, formula, num, sheetPlan, text, type WorkbookPlan } from '../../../src/core/plan';
import { XlsxHost } from '../../../src/hosts/xlsx/XlsxHost';
import { shiftFormula } from '../../../src/hosts/xlsx/package/sharedFormula';
import { subtract } from '../../../src/hosts/xlsx/package/sqref';
import { emptyPackage } from '../../../src/hosts/xlsx/package/emptyPackage';

const SML = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const WORKSHEET_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/**
 * A package as another writer leaves it: the empty package's parts, plus a sheet XML given
 * verbatim, a workbook part with defined names, and a part no host models (a chart).
 */
function teamPackage(sheetXml: string, definedNames = ''): Uint8Array {
  const parts = unzipSync(emptyPackage());
  const add = (name: string, xml: string) => (parts[name] = strToU8(xml));
  add(
    'xl/workbook.xml',
    `<workbook xmlns="${SML}" xmlns:r="${R}"><bookViews><workbookView activeTab="0"/></bookViews>` +
      `<sheets><sheet name="推进表" sheetId="1" r:id="rId9"/><sheet name="备注" sheetId="2" r:id="rId10"/></sheets>` +
      `${definedNames}<calcPr calcId="191029"/></workbook>`,
  );
  add(
    'xl/_rels/workbook.xml.rels',
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
      `<Relationship Id="rId1" Type="${R}/styles" Target="styles.xml"/>` +
      `<Relationship Id="rId9" Type="${R}/worksheet" Target="worksheets/sheet1.xml"/>` +
      `<Relationship Id="rId10" Type="${R}/worksheet" Target="worksheets/sheet2.xml"/>` +
      `</Relationships>`,
  );
  const types = strFromU8(parts['[Content_Types].xml']!).replace(
    '</Types>',
    ['sheet1', 'sheet2']
      .map((n) => `<Override PartName="/xl/worksheets/${n}.xml" ContentType="${WORKSHEET_TYPE}"/>`)
      .join('') + '</Types>',
  );
  add('[Content_Types].xml', types);
  add('xl/worksheets/sheet1.xml', sheetXml);
  add('xl/worksheets/sheet2.xml', `<worksheet xmlns="${SML}"><sheetData/></worksheet>`);
  add('xl/charts/chart1.xml', '<c:chartSpace xmlns:c="urn:chart-as-another-writer-left-it"/>');
  return zipSync(parts);
}

const sheet = (inner: string) => `<worksheet xmlns="${SML}" xmlns:r="${R}">${inner}</worksheet>`;
const partsOf = (bytes: Uint8Array) => unzipSync(bytes);
const xmlOf = (bytes: Uint8Array, part: string) => strFromU8(partsOf(bytes)[part]!);

const planOn = (name: string, cells: Parameters<typeof block>[1]): WorkbookPlan => ({
  sheets: [{ ...sheetPlan(name), blocks: [block({ row: 0, col: 3 }, cells)], owned: [] }],
  deleteSheets: [],
});

describe('shiftFormula', () => {
  it.each([
    ['SUM(A1:B1)*$C$1', 2, 1, 'SUM(B3:C3)*$C$1'],
    ['A$1+$A1', 1, 1, 'B$1+$A2'],
    ['"A1"&\'A1 sheet\'!A1', 1, 0, '"A1"&\'A1 sheet\'!A2'],
    ['LOG10(A1)+Q1_Target', 1, 0, 'LOG10(A2)+Q1_Target'],
    ['A1-1', -1, 0, '#REF!-1'],
  ])('%s moved by %i rows and %i columns is %s', (f, rows, cols, expected) => {
    expect(shiftFormula(f, rows, cols)).toBe(expected);
  });
});

describe('subtract', () => {
  it('leaves the four pieces of a box around a cell in its middle, covering the rest exactly', () => {
    const pieces = subtract(
      { row: 0, col: 0, rows: 3, cols: 3 },
      { row: 1, col: 1, rows: 1, cols: 1 },
    );
    expect(pieces.reduce((n, p) => n + p.rows * p.cols, 0)).toBe(8);
    expect(pieces).toContainEqual({ row: 0, col: 0, rows: 1, cols: 3 });
    expect(pieces).toContainEqual({ row: 1, col: 2, rows: 1, cols: 1 });
  });
  it('leaves nothing of a box inside the cut, and all of a box beside it', () => {
    expect(
      subtract({ row: 1, col: 1, rows: 1, cols: 1 }, { row: 0, col: 0, rows: 3, cols: 3 }),
    ).toEqual([]);
    const apart = { row: 5, col: 5, rows: 2, cols: 2 };
    expect(subtract(apart, { row: 0, col: 0, rows: 1, cols: 1 })).toEqual([apart]);
  });
});

describe('XlsxHost writing many rows', () => {
  it('appends 30,000 rows in linear time (finding the place of each was a scan of every row)', () => {
    const host = XlsxHost.create();
    const rows = Array.from({ length: 30_000 }, (_, i) => [text(`任务${i + 1}`), num(i)]);
    const started = Date.now();
    host.writeSheetPlan({
      ...sheetPlan('推进表', true),
      blocks: [block({ row: 0, col: 0 }, rows)],
    });
    // Quadratic, this took minutes; linear, well under a second.
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(host.readGrid('推进表').values[29_999]).toEqual(['任务30000', 29_999]);
  });

  it('still puts a row or cell written before existing ones in its place', () => {
    const host = XlsxHost.create();
    const put = (row: number, col: number) =>
      host.writeSheetPlan({
        ...sheetPlan('表', true),
        blocks: [block({ row, col }, [[num(row * 10 + col)]])],
      });
    [
      [4, 3],
      [1, 1],
      [8, 1],
      [1, 0],
      [4, 0],
    ].forEach(([r, c]) => put(r!, c!));
    const xml = xmlOf(host.bytes(), 'xl/worksheets/sheet1.xml');
    expect([...xml.matchAll(/<c r="([A-Z]+\d+)"/g)].map((m) => m[1])).toEqual([
      'A2',
      'B2',
      'A5',
      'D5',
      'B9',
    ]);
  });
});

describe('XlsxHost on a package another writer made', () => {
  it('copies every part the plan does not touch byte for byte', async () => {
    const input = teamPackage(sheet('<sheetData/>'));
    const host = XlsxHost.fromBytes(input);
    await host.apply(planOn('推进表', [[text('计划截止')]]));
    const before = partsOf(input);
    const after = partsOf(host.bytes());
    expect(after['xl/charts/chart1.xml']).toEqual(before['xl/charts/chart1.xml']);
    expect(after['xl/worksheets/sheet2.xml']).toEqual(before['xl/worksheets/sheet2.xml']);
  });

  it('keeps sheetPr children in schema order when it adds page setup to an outlinePr (ExcelJS #1348)', async () => {
    const host = XlsxHost.fromBytes(
      teamPackage(sheet('<sheetPr><outlinePr summaryBelow="0"/></sheetPr><sheetData/>')),
    );
    await host.apply({
      sheets: [{ ...sheetPlan('推进表'), print: { landscape: true, fitToWidth: true }, owned: [] }],
      deleteSheets: [],
    });
    expect(xmlOf(host.bytes(), 'xl/worksheets/sheet1.xml')).toContain(
      '<sheetPr><outlinePr summaryBelow="0"/><pageSetUpPr fitToPage="1"/></sheetPr>',
    );
  });

  it('keeps two sheet-scoped names of the same name apart', async () => {
    const names =
      '<definedNames><definedName name="目标" localSheetId="0">推进表!$A$1</definedName>' +
      '<definedName name="目标" localSheetId="1">备注!$A$1</definedName></definedNames>';
    const host = XlsxHost.fromBytes(teamPackage(sheet('<sheetData/>'), names));
    await host.apply(planOn('推进表', [[text('x')]]));
    expect(xmlOf(host.bytes(), 'xl/workbook.xml')).toContain(names);
  });

  it('writes out the formulas of cells that shared the formula of a master it overwrites', async () => {
    const data =
      '<sheetData><row r="1"><c r="D1"><f t="shared" ref="D1:D3" si="0">A1*2</f><v>0</v></c></row>' +
      '<row r="2"><c r="D2"><f t="shared" si="0"/><v>0</v></c></row>' +
      '<row r="3"><c r="D3"><f t="shared" si="0"/><v>0</v></c></row></sheetData>';
    const host = XlsxHost.fromBytes(teamPackage(sheet(data)));
    expect((await host.readSheet('推进表'))?.formulas.map((r) => r[3])).toEqual([
      '=A1*2',
      '=A2*2',
      '=A3*2',
    ]);
    await host.apply(planOn('推进表', [[num(5)]]));
    const back = XlsxHost.fromBytes(host.bytes());
    expect((await back.readSheet('推进表'))?.formulas.map((r) => r[3])).toEqual([
      null,
      '=A2*2',
      '=A3*2',
    ]);
  });

  it('gives every formula it writes the value HyperFormula computes, over the team values', async () => {
    const data =
      '<sheetData><row r="1"><c r="A1"><v>40</v></c><c r="B1"><f>A1/0</f><v>0</v></c></row></sheetData>';
    const host = XlsxHost.fromBytes(teamPackage(sheet(data)));
    await host.apply(planOn('推进表', [[formula('=A1*2.5'), formula('=A1/0')]]));
    const back = XlsxHost.fromBytes(host.bytes());
    const grid = await back.readSheet('推进表');
    expect(grid?.values[0]?.slice(3, 5)).toEqual([100, { error: '#DIV/0!' }]);
    // The team's own formula keeps the result it was saved with.
    expect(grid?.values[0]?.[1]).toBe(0);
  });

  it('caches 0 for a formula that lands on an empty cell, as Excel and LibreOffice show it', async () => {
    // A team cell saved without a value (openpyxl): HyperFormula reads =$B$1 as empty.
    const data = '<sheetData><row r="1"><c r="B1"><f>0.35</f><v></v></c></row></sheetData>';
    const host = XlsxHost.fromBytes(teamPackage(sheet(data)));
    await host.apply(planOn('推进表', [[formula('=$B$1'), formula('=INDEX(A1:A2,2)')]]));
    const xml = xmlOf(host.bytes(), 'xl/worksheets/sheet1.xml');
    expect(xml).toContain('<c r="D1"><f>$B$1</f><v>0</v></c>');
    expect(xml).toContain('<c r="E1"><f>INDEX(A1:A2,2)</f><v>0</v></c>');
  });

  it('gives a team’s own custom number format back as its own, not as a built-in of that code', async () => {
    // openpyxl writes yyyy/m/d as custom format 164; built-in 14 shows m/d/yyyy outside zh-CN.
    const parts = unzipSync(teamPackage(sheet('<sheetData/>')));
    parts['xl/styles.xml'] = strToU8(
      strFromU8(parts['xl/styles.xml']!).replace(
        '<fonts',
        '<numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy/m/d"/></numFmts><fonts',
      ),
    );
    const host = XlsxHost.fromBytes(zipSync(parts));
    const at = { row: 0, col: 3, rows: 1, cols: 2 };
    await host.apply({
      sheets: [
        {
          ...sheetPlan('推进表'),
          blocks: [block({ row: 0, col: 3 }, [[num(46337), num(1)]])],
          numberFormats: [
            { range: { ...at, cols: 1 }, format: 'yyyy/m/d' },
            { range: { ...at, col: 4, cols: 1 }, format: '0.00' },
          ],
        },
      ],
      deleteSheets: [],
    });
    const bytes = host.bytes();
    const xfs = [...xmlOf(bytes, 'xl/styles.xml').matchAll(/<xf [^>]*numFmtId="(\d+)"/g)];
    const styleOf = (cell: string) =>
      Number(
        new RegExp(`<c r="${cell}" s="(\\d+)"`).exec(xmlOf(bytes, 'xl/worksheets/sheet1.xml'))?.[1],
      );
    // cellStyleXfs' one xf comes first in the part, then cellXfs.
    const numFmtOf = (cell: string) => xfs[1 + styleOf(cell)]?.[1];
    expect([numFmtOf('D1'), numFmtOf('E1')]).toEqual(['164', '2']);
  });

  it('restore removes the sheets a run created and gives back the cells it overwrote', async () => {
    const data =
      '<sheetData><row r="1"><c r="D1" t="inlineStr"><is><t>原来的</t></is></c></row></sheetData>';
    const host = XlsxHost.fromBytes(teamPackage(sheet(data)));
    await host.apply({
      ...planOn('推进表', [[text('计划截止')]]),
      sheets: [
        ...planOn('推进表', [[text('计划截止')]]).sheets,
        { ...sheetPlan('汇总', true), owned: [] },
      ],
    });
    const back = XlsxHost.fromBytes(host.bytes());
    expect(back.sheetNames()).toContain('汇总');
    expect(await back.restore()).toEqual({ restoredCells: 1, deletedSheets: ['汇总'] });
    expect((await back.readSheet('推进表'))?.values[0]?.[3]).toBe('原来的');
    // The backup sheet was added first (sheet3), 汇总 second (sheet4): only 汇总's part goes.
    const after = back.bytes();
    expect(Object.keys(partsOf(after))).not.toContain('xl/worksheets/sheet4.xml');
    expect(xmlOf(after, '[Content_Types].xml')).not.toContain('sheet4.xml');
    expect(xmlOf(after, 'xl/_rels/workbook.xml.rels')).not.toContain('sheet4.xml');
  });

  it('drops the calculation chain once it writes cells, and keeps the dimension true', async () => {
    const parts = unzipSync(
      teamPackage(
        sheet(
          '<dimension ref="A1"/><sheetData><row r="1"><c r="A1"><f>1+1</f><v>2</v></c></row></sheetData>',
        ),
      ),
    );
    parts['xl/calcChain.xml'] = strToU8(`<calcChain xmlns="${SML}"><c r="A1" i="1"/></calcChain>`);
    const rels = strFromU8(parts['xl/_rels/workbook.xml.rels']!).replace(
      '</Relationships>',
      `<Relationship Id="rId11" Type="${R}/calcChain" Target="calcChain.xml"/></Relationships>`,
    );
    parts['xl/_rels/workbook.xml.rels'] = strToU8(rels);
    const host = XlsxHost.fromBytes(zipSync(parts));
    await host.apply(planOn('推进表', [[text('计划截止')]]));
    const out = host.bytes();
    expect(Object.keys(partsOf(out))).not.toContain('xl/calcChain.xml');
    expect(xmlOf(out, 'xl/_rels/workbook.xml.rels')).not.toContain('calcChain');
    expect(xmlOf(out, 'xl/worksheets/sheet1.xml')).toContain('<dimension ref="A1:D1"/>');
  });
});
