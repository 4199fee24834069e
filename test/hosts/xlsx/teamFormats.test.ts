import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { toSerial } from '../../../src/core/calendar/serial';
import { XlsxHost } from '../../../src/hosts/xlsx/XlsxHost';
import { readWithExcelJs } from '../../support/excelJs';
import { runTimeline } from '../../support/timeline';
import { writtenByAnotherProgram } from '../../support/writtenWorkbooks';

/**
 * Issue 15, item 2 ("the team's formats survive"), on the CLI's host: a team's 推进表 with its
 * own 状态 list (with 暂停), its own rule on the status column, coloured and bold status cells,
 * its own column widths, no panes, portrait and no print area. A timeline run keeps the team's
 * list and rule; restore then gives back the sheet exactly as the team had it. The team's file
 * is written and every state compared through ExcelJS, a reader other than the host's own.
 */

jest.setTimeout(60_000);

const SHEET = '推进表';
const TEAM_LIST = '"未开始,进行中,已完成,暂停"';
const anchors = { 开团: toSerial({ year: 2026, month: 11, day: 11, hour: 10 }) };
const rows = [
  ['阶段', '部门', '事项', '完成时间', '负责人', '状态'],
  ['活动前', '运营', '核价', '开团前2天', '小王', '已完成'],
  [null, '运营', '核库存', '开团前2天', '小王', '延期'],
  [null, '运营', '核页面', '开团前2天', '小王', '未开始'],
  ['活动中', '客服', '催付', '开团后1小时', '小李', '暂停'],
];

/** What ExcelJS 4 keeps on a worksheet and reads back, but leaves out of its typings. */
type RulesOf = ExcelJS.Worksheet & {
  dataValidations: {
    add(address: string, rule: ExcelJS.DataValidation): void;
    model: Record<string, ExcelJS.DataValidation>;
  };
  conditionalFormattings: ExcelJS.ConditionalFormattingOptions[];
};

/** The team's workbook, as ExcelJS (standing for another program) writes it. */
async function teamFile(dir: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(SHEET) as RulesOf;
  for (const r of rows) ws.addRow(r);
  [8, 8, 14, 12, 9, 10, 16].forEach((w, i) => (ws.getColumn(i + 1).width = w));
  ws.dataValidations.add('F2:F5', {
    type: 'list',
    allowBlank: true,
    formulae: [TEAM_LIST],
    showErrorMessage: true,
    errorTitle: '状态',
    error: '请从列表中选择',
  });
  ws.addConditionalFormatting({
    ref: 'F2:F5',
    rules: [
      {
        type: 'expression',
        priority: 1,
        formulae: ['$F2="延期"'],
        style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: 'FFFFC7CE' } } },
      },
    ],
  });
  for (const at of ['F2', 'F3']) {
    ws.getCell(at).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFC6EFCE' } };
    ws.getCell(at).font = { bold: true, color: { argb: 'FF006100' } };
  }
  ws.getCell('F4').alignment = { horizontal: 'center' };
  wb.definedNames.add(`'${SHEET}'!$A$1:$F$5`, '任务表');
  const file = path.join(dir, 'team.xlsx');
  await wb.xlsx.writeFile(file);
  writtenByAnotherProgram(file);
  return file;
}

/** A colour as ExcelJS reads it; a cell without a font has the default text colour, theme 1. */
const colour = (c: (Partial<ExcelJS.Color> & { tint?: number }) | undefined) =>
  c?.argb ?? `theme:${c?.theme ?? 1}${c?.tint ? `:${c.tint}` : ''}`;

/** What of a cell the team sees: value, number format, fill, font colour, bold, alignment. */
function cellState(cell: ExcelJS.Cell) {
  const fill = cell.fill?.type === 'pattern' && cell.fill.pattern === 'solid' ? cell.fill : null;
  return {
    value: cell.value,
    numFmt: cell.numFmt || 'General',
    fill: fill ? colour(fill.fgColor) : null,
    fontColor: colour(cell.font?.color),
    bold: cell.font?.bold === true,
    align: cell.alignment?.horizontal ?? null,
  };
}

/** The sheet's formats and cells (A1:Z20, beyond what the run writes) as ExcelJS reads them. */
function sheetState(wb: ExcelJS.Workbook) {
  const ws = wb.getWorksheet(SHEET) as RulesOf;
  const cells: Record<string, unknown> = {};
  for (let r = 1; r <= 20; r++)
    for (let c = 1; c <= 26; c++) cells[ws.getCell(r, c).address] = cellState(ws.getCell(r, c));
  return {
    cells,
    conditionalFormats: ws.conditionalFormattings,
    validations: ws.dataValidations.model,
    widths: Array.from({ length: 26 }, (_, i) => ws.getColumn(i + 1).width ?? null),
    print: {
      orientation: ws.pageSetup.orientation,
      fitToPage: ws.pageSetup.fitToPage,
      area: ws.pageSetup.printArea ?? null,
    },
    names: wb.definedNames.model,
  };
}

/** The sheet part's XML, for what ExcelJS does not report (the frozen pane). */
async function sheetXml(file: string): Promise<string> {
  const parts = unzipSync(new Uint8Array(await fs.readFile(file)));
  return strFromU8(parts['xl/worksheets/sheet1.xml']!);
}

describe('a team’s formats through a timeline run and restore (xlsx host)', () => {
  it('keeps the team’s list and rule, and restore gives back every format', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'tuijin-formats-'));
    const team = await teamFile(dir);
    const host = await XlsxHost.open(team);
    await runTimeline(host, SHEET, { anchors });
    await host.save(path.join(dir, 'applied.xlsx'));
    expect(await host.restore()).not.toBeNull();
    await host.save(path.join(dir, 'restored.xlsx'));
    const [before, applied, restored] = await Promise.all(
      ['team.xlsx', 'applied.xlsx', 'restored.xlsx'].map((f) => readWithExcelJs(path.join(dir, f))),
    );
    const was = sheetState(before!);
    const ran = sheetState(applied!);

    // The run changed the sheet's formats, so restore has something to give back …
    // A4 landscape at 100 %: the Gantt is split across pages by weeks, never shrunk.
    expect(ran.print).toMatchObject({ orientation: 'landscape', fitToPage: false });
    expect(ran.print.area).not.toBeNull();
    expect(ran.widths[6]).not.toBe(16);
    // … and left the team's 状态 list (with 暂停) and its rule on 状态 as they were.
    for (const at of ['F2', 'F3', 'F4', 'F5'])
      expect(ran.validations[at]).toEqual({ ...was.validations[at] });
    expect(ran.conditionalFormats.filter((c) => c.ref === 'F2:F5')).toEqual([
      {
        ...was.conditionalFormats[0],
        rules: [expect.objectContaining({ formulae: ['$F2="延期"'] })],
      },
    ]);

    expect(sheetState(restored!)).toEqual(was);
    expect(await sheetXml(path.join(dir, 'restored.xlsx'))).not.toMatch(/<pane\b/);
    expect(restored!.worksheets.map((w) => [w.name, w.state])).toEqual([
      [SHEET, 'visible'],
      [expect.any(String), 'veryHidden'],
    ]);
  });
});
