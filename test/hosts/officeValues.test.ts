import type { CellValue } from '../../src/core/grid';
import { MemoryHost, type RawCell } from '../../src/hosts/memory/MemoryHost';
import { OfficeHost } from '../../src/hosts/office/OfficeHost';
import {
  cellsOf,
  EXCEL_ERROR_VALUES,
  fromOfficeCell,
  fromOfficeValue,
} from '../../src/hosts/office/officeValues';
import { FakeExcel } from '../support/fakeExcel';

// The error values Excel shows today (Excel.ErrorCellValueType's displayed values in the
// office-js reference, and Python in Excel's #PYTHON! and #TIMEOUT!).
const NEWER = [
  '#BLOCKED!',
  '#BUSY!',
  '#CALC!',
  '#CONNECT!',
  '#EXTERNAL!',
  '#FIELD!',
  '#SPILL!',
  '#UNKNOWN!',
  '#PYTHON!',
  '#TIMEOUT!',
  '#GETTING_DATA',
];
const CLASSIC = ['#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A'];

describe('office values', () => {
  it.each([...CLASSIC, ...NEWER])('reads %s as an error', (shown) => {
    expect(fromOfficeValue(shown)).toEqual({ error: shown });
    expect(fromOfficeCell(shown, 'Error')).toEqual({ error: shown });
  });

  it('knows every error value listed, and nothing else that starts with #', () => {
    expect([...EXCEL_ERROR_VALUES].sort()).toEqual([...CLASSIC, ...NEWER].sort());
    expect(fromOfficeValue('#1 优先')).toBe('#1 优先');
    expect(fromOfficeValue('#N/A 待定')).toBe('#N/A 待定');
  });

  it("takes Excel's valueTypes over the text: an error it adds later, and text that looks like one", () => {
    expect(fromOfficeCell('#NEWERROR!', 'Error')).toEqual({ error: '#NEWERROR!' });
    expect(fromOfficeCell('#N/A', 'String')).toBe('#N/A');
    expect(fromOfficeCell('', 'Empty')).toBeNull();
    expect(fromOfficeCell(3, 'Double')).toBe(3);
  });

  it('reads the newer error values of a sheet as errors through the office host (fake)', async () => {
    const rows = [['事项', '结果'], ...NEWER.map((e, i) => [`任务${i + 1}`, e]), ['合计', '=1/0']];
    // Excel computes the newer errors (HyperFormula cannot): the store shows column B's as errors.
    const store = showsErrors({ 推进表: rows }, 1);
    const fake = new FakeExcel(store);
    const grid = await new OfficeHost(fake.run, () => false).readSheet('推进表');
    expect(grid?.values.map((r) => r[1])).toEqual([
      '结果',
      ...NEWER.map((error) => ({ error })),
      { error: '#DIV/0!' },
    ]);
  });

  it('reads a range with the valueTypes it was given (fake)', async () => {
    const fake = new FakeExcel(showsErrors({ 表: [['#BUSY!', '=NA()', '#SPILL!']] }, 2));
    const { values, types } = await fake.run(async (context) => {
      const r = context.workbook.worksheets.getItem('表').getRange('A1:C1');
      r.load('values,formulas,numberFormat');
      await context.sync();
      return {
        values: cellsOf(r).values,
        types: cellsOf(r, [['String', 'Error', 'Error']]).values,
      };
    });
    // Without types every error text is an error; with them (a loaded `valueTypes`), only what
    // Excel calls one: a typed text "#BUSY!" stays text.
    expect(values[0]).toEqual([{ error: '#BUSY!' }, { error: '#N/A' }, { error: '#SPILL!' }]);
    expect(types[0]).toEqual(['#BUSY!', { error: '#N/A' }, { error: '#SPILL!' }]);
  });
});

/**
 * A workbook whose column `col` shows its error texts as the error values Excel computed there
 * (HyperFormula computes none of the newer ones), as the fake shows them.
 */
function showsErrors(sheets: Record<string, RawCell[][]>, col: number): MemoryHost {
  const host = MemoryHost.fromSheets(sheets);
  const read = host.readCells.bind(host);
  host.readCells = (sheet, box) => {
    const cells = read(sheet, box);
    const shown = (v: CellValue, at: number): CellValue =>
      at === col && typeof v === 'string' && EXCEL_ERROR_VALUES.includes(v) ? { error: v } : v;
    return { ...cells, values: cells.values.map((r) => r.map((v, j) => shown(v, box.col + j))) };
  };
  return host;
}
