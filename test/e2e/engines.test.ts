import * as os from 'node:os';
import * as path from 'node:path';
import { promises as fs } from 'node:fs';
import type { CellValue } from '../../src/core/grid';
import { blank, block, formula, num, sheetPlan, text } from '../../src/core/plan';
import { XlsxHost } from '../../src/hosts/xlsx/XlsxHost';
import { EnginesDisagreeError, enginesReading, sameValue } from '../support/engines';
import { convertWithLibreOffice } from '../support/libreoffice';

jest.setTimeout(180_000);

const SHEET = '推进 表';

/**
 * A workbook with one formula that is not portable, `N()` of a blank cell (Gnumeric makes it
 * #NUM!, Excel, LibreOffice and HyperFormula 0), beside the forms the product uses instead and
 * results of each type, which every engine must compute alike.
 */
async function workbookWithNOfBlank(): Promise<string> {
  const host = XlsxHost.create();
  host.writeSheetPlan({
    ...sheetPlan(SHEET, true),
    blocks: [
      block({ row: 0, col: 0 }, [
        [blank, formula('=N(A1)')],
        [num(0.1), formula('=SUM(A1)')],
        [num(0.2), formula('=IF(A1="","","有")')],
        [text('运营'), formula('=A2+A3-0.3')],
        [num(46337.5), formula('=TEXT(A5,"yyyy-mm-dd hh:mm")')],
        [blank, formula('=DATE(2026,11,11)+10/24')],
        [blank, formula('=A4="运营"')],
        [blank, formula('=1/A1')],
        [blank, formula('=A2/3')],
      ]),
    ],
  });
  const file = path.join(await fs.mkdtemp(path.join(os.tmpdir(), 'tuijin-engines-')), 'N.xlsx');
  await host.save(file);
  return file;
}

describe('the three-engine check', () => {
  it('fails the LibreOffice recalculation on N() of a blank cell, naming file, sheet, cell, formula and each engine’s value', async () => {
    const file = await workbookWithNOfBlank();
    const error = await convertWithLibreOffice(file, 'xlsx').then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(EnginesDisagreeError);
    const { disagreements, message } = error as EnginesDisagreeError;
    // Only B1: the "" result, the float residue, the date, the boolean and #DIV/0! agree.
    expect(disagreements).toEqual([
      {
        sheet: SHEET,
        cell: 'B1',
        formula: '=N(A1)',
        values: { HyperFormula: 0, LibreOffice: 0, Gnumeric: { error: '#NUM!' } },
      },
    ]);
    expect(message).toContain(file);
    expect(message).toContain(
      "'推进 表'!B1  =N(A1)  HyperFormula: 0 | LibreOffice: 0 | Gnumeric: #NUM!",
    );
  });
});

describe('sameValue', () => {
  const err = (code: string): CellValue => ({ error: code });
  it.each<[string, CellValue | undefined, CellValue | undefined, boolean]>([
    ['equal numbers', 1280.5, 1280.5, true],
    ['numbers within a relative 1e-9', 0.18981335020563114, 0.189813350205631, true],
    ['numbers a relative 1e-6 apart', 51700, 51700.0517, false],
    ['a float residue and zero', 5.551115123125783e-17, 0, true],
    ['a number and its text', 0, '0', false],
    ['text exactly', '开团当天15点', '开团当天15点', true],
    ['text with a trailing space', '运营', '运营 ', false],
    ['errors of one kind', err('#NUM!'), err('#NUM!'), true],
    ['errors of two kinds', err('#NUM!'), err('#VALUE!'), false],
    ['an error and its text', err('#N/A'), '#N/A', false],
    ['a blank and empty text', null, '', false],
    ['a blank and zero', null, 0, false],
    ['TRUE and 1', true, 1, false],
    ['a missing cell and a blank', undefined, null, false],
  ])('%s: %p vs %p is %p', (_, a, b, same) => {
    expect(sameValue(a, b)).toBe(same);
    expect(sameValue(b, a)).toBe(same);
  });
});

describe('enginesReading', () => {
  it.each<[string, string, string[]]>([
    ['a plain reference', '=SUM(B4:B9)', ['HyperFormula', 'LibreOffice', 'Gnumeric']],
    ['a quoted CJK sheet', "='推进 表'!A1*2", ['HyperFormula', 'LibreOffice', 'Gnumeric']],
    [
      "a sheet named with an apostrophe ('')",
      "='Tom''s 预算'!F12",
      ['HyperFormula', 'LibreOffice'],
    ],
    [
      'an apostrophe inside a text literal',
      '=A1&"Tom\'s"',
      ['HyperFormula', 'LibreOffice', 'Gnumeric'],
    ],
  ])('%s: %s is compared in %p', (_, f, engines) => {
    expect(enginesReading(f)).toEqual(engines);
  });
});
