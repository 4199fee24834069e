import { formulaDrift } from '../../../src/core/check/formulaDrift';
import { block, formula, num, sheetPlan, type WorkbookPlan } from '../../../src/core/plan';
import { gridOf } from './_grid';

// What a regenerated run would write: C2:C5 as formulas, D2 a number (never compared).
const plan: WorkbookPlan = {
  sheets: [
    {
      ...sheetPlan('推进表'),
      blocks: [
        block({ row: 1, col: 2 }, [
          [formula('=INT($K$2)-2')],
          [formula('=INT($K$2)-3')],
          [formula('=INT($K$2)-4')],
          [formula('=INT($K$2)-5')],
        ]),
        block({ row: 1, col: 3 }, [[num(7)]]),
      ],
      numberFormats: [{ range: { row: 1, col: 2, rows: 4, cols: 1 }, format: 'yyyy-mm-dd' }],
    },
  ],
  deleteSheets: [],
};

describe('formulaDrift', () => {
  const grid = gridOf('推进表', [
    [null, null, '计划截止', null],
    [null, null, '=int($K$2) - 2', 8],
    [null, null, 46300, null],
    [null, null, '=$K$2-4', null],
    [null, null, null, null],
  ]);
  const found = formulaDrift(plan, new Map([['推进表', grid]]));

  it('finds a typed value and another formula where the add-in wrote one, with a mend each', () => {
    expect(found.map((f) => [f.issue.code, f.issue.cell?.address])).toEqual([
      ['CHECK_FORMULA_TYPED_OVER', 'C3'],
      ['CHECK_FORMULA_CHANGED', 'C4'],
    ]);
    expect(found[0]?.mend).toEqual({
      sheet: '推进表',
      at: { row: 2, col: 2 },
      cell: formula('=INT($K$2)-3'),
    });
    // Serial 46300 is 46300 days after 1899-12-30: 2026-10-05, shown as the cell shows it.
    expect(found[0]?.issue.params.now).toBe('2026-10-05');
  });

  it('passes over empty cells, and formulas equal but for case and spaces', () => {
    expect(found.some((f) => ['C2', 'C5'].includes(f.issue.cell?.address ?? ''))).toBe(false);
  });

  it('passes over a sheet where no formula is the add-in’s: it never generated there', () => {
    const team = gridOf('推进表', [[null], [null, null, 1], [null, null, 2]]);
    expect(formulaDrift(plan, new Map([['推进表', team]]))).toEqual([]);
  });

  it('passes over sheets the workbook does not have', () => {
    expect(formulaDrift(plan, new Map())).toEqual([]);
  });
});
