import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { parseRange, type RangeBox } from '../../../src/core/a1';
import { sheetPlan, type DataRule, type SheetPlan } from '../../../src/core/plan';
import { XlsxHost } from '../../../src/hosts/xlsx/XlsxHost';
import { checkXlsx } from '../../support/ooxmlValidate';

/**
 * The xlsx host's reads of what a run may change beyond the cells (styles, validations,
 * conditional formats, widths, panes, print setup) and its exact writes, which restore uses to
 * put each back. The team's package is written here as XML, as Excel would save it.
 */

const SHEET = '推进表';
const box = (a1: string): RangeBox => parseRange(a1).box;
const at = (a1: string) => ({ row: box(a1).row, col: box(a1).col });

const STYLES =
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="3"><font><sz val="11"/><name val="等线"/></font>' +
  '<font><b/><sz val="11"/><color theme="1"/><name val="等线"/></font>' +
  '<font><b val="0"/><sz val="11"/><color rgb="FF9C0006"/><name val="等线"/></font></fonts>' +
  '<fills count="4"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>' +
  '<fill><patternFill patternType="solid"><fgColor theme="4" tint="0.6"/><bgColor indexed="64"/></patternFill></fill>' +
  '<fill><patternFill patternType="solid"><fgColor rgb="FFFFC7CE"/><bgColor indexed="64"/></patternFill></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
  '<xf numFmtId="0" fontId="1" fillId="2" borderId="0" xfId="0" applyAlignment="1"><alignment horizontal="center" vertical="top"/></xf>' +
  '<xf numFmtId="0" fontId="2" fillId="3" borderId="0" xfId="0" applyAlignment="1"><alignment horizontal="general"/></xf></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="常规" xfId="0" builtinId="0"/></cellStyles>' +
  '<dxfs count="2"><dxf><font><color rgb="FF9C0006"/></font><fill><patternFill><bgColor rgb="FFFFC7CE"/></patternFill></fill></dxf>' +
  '<dxf><fill><patternFill><bgColor theme="5"/></patternFill></fill></dxf></dxfs></styleSheet>';

const TEAM_LIST = '"未开始,进行中,已完成,暂停"';
const SHEET_XML =
  '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
  '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' +
  '<sheetViews><sheetView workbookViewId="0"><pane ySplit="2" topLeftCell="A3" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>' +
  '<cols><col min="1" max="3" width="20" customWidth="1" style="1"/><col min="5" max="5" width="9"/></cols>' +
  '<sheetData><row r="1"><c r="A1" s="1" t="inlineStr"><is><t>状态</t></is></c><c r="B1" s="2"/></row></sheetData>' +
  '<conditionalFormatting sqref="F2:F5"><cfRule type="expression" dxfId="0" priority="3"><formula>$F2="延期"</formula></cfRule></conditionalFormatting>' +
  '<conditionalFormatting sqref="G2:G5"><cfRule type="expression" dxfId="1" priority="1"><formula>TRUE</formula></cfRule>' +
  '<cfRule type="cellIs" dxfId="1" priority="2" operator="greaterThan"><formula>5</formula></cfRule></conditionalFormatting>' +
  '<conditionalFormatting sqref="F2:F5 H2:H5"><cfRule type="expression" dxfId="1" priority="4"><formula>$F2="暂停"</formula></cfRule></conditionalFormatting>' +
  `<dataValidations count="1"><dataValidation type="list" allowBlank="1" sqref="F2:F5 F8"><formula1>${TEAM_LIST}</formula1></dataValidation></dataValidations>` +
  '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
  '<pageSetup paperSize="1" orientation="landscape" fitToWidth="1" fitToHeight="0"/>' +
  '<colBreaks count="2" manualBreakCount="1"><brk id="4" max="1048575"/><brk id="6" max="1048575" man="1"/></colBreaks>' +
  '</worksheet>';

/**
 * The team's package: one sheet with every kind of format, and a print setup of its own: Letter
 * paper, a print area, title rows written unquoted as LibreOffice writes them, a manual column
 * break before G and an automatic one before E (kept, never counted as the team's).
 */
function teamHost(): XlsxHost {
  const empty = XlsxHost.create();
  empty.writeSheetPlan(sheetPlan(SHEET, true));
  const parts = unzipSync(empty.bytes());
  parts['xl/styles.xml'] = strToU8(STYLES);
  parts['xl/worksheets/sheet1.xml'] = strToU8(SHEET_XML);
  parts['xl/workbook.xml'] = strToU8(
    strFromU8(parts['xl/workbook.xml']!).replace(
      '<calcPr',
      '<definedNames>' +
        `<definedName name="_xlnm.Print_Area" localSheetId="0">'${SHEET}'!$A$1:$H$20</definedName>` +
        `<definedName name="_xlnm.Print_Titles" localSheetId="0">${SHEET}!$1:$2</definedName>` +
        '</definedNames><calcPr',
    ),
  );
  return XlsxHost.fromBytes(zipSync(parts));
}

const part = (host: XlsxHost, name: string) => strFromU8(unzipSync(host.bytes())[name]!);
const teamRule: DataRule = { type: 'list', formula1: TEAM_LIST, allowBlank: true, dropDown: true };
const HEADER = { fill: 'theme:4:0.6', fontColor: 'theme:1', bold: true, align: 'center' };
const PLAIN = { fill: null, fontColor: null, bold: false, align: null };
/** How a sheet nobody set up prints. */
const NO_PRINT_SETUP = {
  landscape: false,
  fitToWidth: false,
  area: null,
  paper: null,
  titleRows: null,
  titleCols: null,
  colBreaks: [],
};

describe('the xlsx host reads a team’s formats', () => {
  const host = teamHost();

  it('reads a cell’s fill, font colour, weight and alignment, through its column’s style too', () => {
    expect(host.readStyle(SHEET, at('A1'))).toEqual(HEADER);
    expect(host.readStyle(SHEET, at('B1'))).toEqual({
      ...PLAIN,
      fill: '#FFC7CE',
      fontColor: '#9C0006',
    });
    expect(host.readStyle(SHEET, at('C5'))).toEqual(HEADER); // no cell: column C's style
    expect(host.readStyle(SHEET, at('D1'))).toEqual(PLAIN);
  });

  it('reads the validation a range has, none, or mixed', () => {
    expect(host.readValidation(SHEET, box('F2:F5'))).toEqual(teamRule);
    expect(host.readValidation(SHEET, box('F8'))).toEqual(teamRule);
    expect(host.readValidation(SHEET, box('F2:F6'))).toBe('mixed');
    expect(host.readValidation(SHEET, box('G2:G5'))).toBeNull();
  });

  it('reads the formula rules wholly inside a range, top priority first, with their looks', () => {
    expect(host.rulesWithin(SHEET, box('F1:H10'))).toEqual([
      { range: box('G2:G5'), formula: '=TRUE', fill: 'theme:5' },
      { range: box('F2:F5'), formula: '=$F2="延期"', fill: '#FFC7CE', fontColor: '#9C0006' },
    ]);
    expect(host.rulesWithin(SHEET, box('G1:G4'))).toEqual([]);
  });

  it('reads custom widths only, the frozen rows, and the print setup with its area', () => {
    expect([0, 2, 3, 4].map((c) => host.readWidth(SHEET, c))).toEqual([20, 20, null, null]);
    expect(host.readFreeze(SHEET)).toEqual({ rows: 2, cols: 0 });
    expect(host.readPrint(SHEET)).toEqual({
      landscape: true,
      fitToWidth: true,
      area: box('A1:H20'),
      paper: 'letter',
      titleRows: { first: 0, last: 1 },
      titleCols: null,
      colBreaks: [6],
    });
    const plain = XlsxHost.create();
    plain.writeSheetPlan(sheetPlan('新表', true));
    expect(plain.readFreeze('新表')).toEqual({ rows: 0, cols: 0 });
    expect(plain.readPrint('新表')).toEqual(NO_PRINT_SETUP);
  });
});

describe('the xlsx host writes formats exactly (restore)', () => {
  it('gives cells exactly a style, keeping their number format', () => {
    const host = teamHost();
    const green = { fill: '#00B050', fontColor: 'theme:3', bold: false, align: 'right' } as const;
    host.writeSheetPlan({
      ...sheetPlan(SHEET),
      numberFormats: [{ range: box('B1'), format: '0.0%' }],
      exactStyles: [
        { range: box('B1'), style: PLAIN },
        { range: box('A1:A2'), style: green },
      ],
    });
    expect(host.readStyle(SHEET, at('B1'))).toEqual(PLAIN);
    expect(host.readCells(SHEET, box('B1')).numberFormats).toEqual([['0.0%']]);
    expect(host.readStyle(SHEET, at('A2'))).toEqual(green);
    expect(part(host, 'xl/styles.xml')).toContain('<alignment horizontal="right" vertical="top"/>');
  });

  it('gives ranges exactly a validation or none, the team’s other cells keeping theirs', async () => {
    const host = teamHost();
    const rule: DataRule = {
      type: 'custom',
      formula1: 'LEN(G2)<10',
      allowBlank: true,
      prompt: { title: '备注', message: '十字以内' },
    };
    host.writeSheetPlan({
      ...sheetPlan(SHEET),
      exactRules: [
        { range: box('F3'), rule: null },
        { range: box('G2:G3'), rule },
      ],
    });
    expect(['F2', 'F3', 'F4', 'F8'].map((a) => host.readValidation(SHEET, box(a)))).toEqual([
      teamRule,
      null,
      teamRule,
      teamRule,
    ]);
    expect(host.readValidation(SHEET, box('G2:G3'))).toEqual(rule);
    expect((await checkXlsx(host.bytes())).problems).toEqual([]);
  });

  it('deletes only the rules wholly inside removeRules, and numbers the rest from 1', () => {
    const host = teamHost();
    host.writeSheetPlan({ ...sheetPlan(SHEET), removeRules: [box('F1:F10')] });
    const xml = part(host, 'xl/worksheets/sheet1.xml');
    expect(xml).not.toContain('延期');
    expect([...xml.matchAll(/priority="(\d+)"/g)].map((m) => m[1])).toEqual(['1', '2', '3']);
    expect(xml).toContain('sqref="F2:F5 H2:H5"');
  });

  it('takes custom widths, panes, fitting, landscape, paper, print area, titles and breaks away', async () => {
    const host = teamHost();
    const plan: SheetPlan = {
      ...sheetPlan(SHEET),
      columnWidths: [
        { col: 1, width: null },
        { col: 4, width: null },
        { col: 3, width: 12 },
      ],
      freeze: { rows: 0, cols: 0 },
      print: NO_PRINT_SETUP,
    };
    host.writeSheetPlan(plan);
    expect([0, 1, 2, 3, 4].map((c) => host.readWidth(SHEET, c))).toEqual([20, null, 20, 12, null]);
    expect(host.readStyle(SHEET, at('B7'))).toEqual(HEADER); // column B keeps its style
    expect(host.readFreeze(SHEET)).toEqual({ rows: 0, cols: 0 });
    expect(host.readPrint(SHEET)).toEqual(NO_PRINT_SETUP);
    const xml = part(host, 'xl/worksheets/sheet1.xml');
    expect(xml).not.toMatch(/<pane\b|orientation=|fitToPage|fitToWidth|<col min="5"|paperSize/);
    // The automatic break is not the team's setting: it stays, and the count says so.
    expect(xml).toContain('<colBreaks count="1" manualBreakCount="0"><brk id="4" max="1048575"/>');
    expect(part(host, 'xl/workbook.xml')).not.toMatch(/Print_Area|Print_Titles/);
    expect((await checkXlsx(host.bytes())).problems).toEqual([]);
  });
});

describe('apply and restore on the xlsx host', () => {
  it('keeps the team’s list and rules out of harm and restore gives back every format', async () => {
    const host = teamHost();
    const reads = () => ({
      styles: ['A1', 'B1', 'D1', 'B3'].map((a) => host.readStyle(SHEET, at(a))),
      validations: ['F2:F5', 'F8', 'G2:G5'].map((a) => host.readValidation(SHEET, box(a))),
      rules: host.rulesWithin(SHEET, box('A1:Z100')),
      widths: [0, 1, 2, 3, 4].map((c) => host.readWidth(SHEET, c)),
      freeze: host.readFreeze(SHEET),
      print: host.readPrint(SHEET),
    });
    const before = reads();
    const result = await host.apply({
      sheets: [
        {
          ...sheetPlan(SHEET),
          styles: [{ range: box('A1:D1'), fill: '#FF0000', bold: false, align: 'left' }],
          conditionalFormats: [{ range: box('G2:G5'), formula: '=G2>3', fill: '#FFEB9C' }],
          validations: [
            { range: box('F2:F5'), list: ['未开始', '进行中', '已完成', '延期'] },
            { range: box('G2:G5'), list: ['是', '否'] },
          ],
          columnWidths: [
            { col: 1, width: 30 },
            { col: 3, width: 10 },
          ],
          freeze: { rows: 1, cols: 1 },
          print: {
            landscape: false,
            fitToWidth: false,
            area: box('A1:D10'),
            paper: 'a4',
            titleRows: { first: 2, last: 2 },
            titleCols: { first: 0, last: 3 },
            colBreaks: [10, 17],
          },
        },
      ],
      deleteSheets: [],
    });
    expect(result.warnings?.map((w) => w.code)).toEqual(['TEAM_VALIDATION_KEPT']);
    expect(host.readValidation(SHEET, box('F2:F5'))).toEqual(teamRule);
    expect(host.rulesWithin(SHEET, box('F1:F10'))).toEqual(before.rules.slice(1));
    expect(host.readFreeze(SHEET)).toEqual({ rows: 1, cols: 1 });
    const applied = reads();
    for (const k of ['styles', 'rules', 'widths', 'print'] as const)
      expect(applied[k]).not.toEqual(before[k]);
    const xml = part(host, 'xl/worksheets/sheet1.xml');
    expect(xml).toMatch(/<pageSetup paperSize="9"(?![^>]*orientation)/);
    expect(xml).toContain(
      '<colBreaks count="3" manualBreakCount="2"><brk id="4" max="1048575"/>' +
        '<brk id="10" max="1048575" man="1"/><brk id="17" max="1048575" man="1"/></colBreaks>',
    );
    expect(part(host, 'xl/workbook.xml')).toContain(
      `<definedName name="_xlnm.Print_Titles" localSheetId="0">'${SHEET}'!$A:$D,'${SHEET}'!$3:$3</definedName>`,
    );
    await host.restore();
    expect(reads()).toEqual(before);
    expect((await checkXlsx(host.bytes())).problems).toEqual([]);
  });
});
