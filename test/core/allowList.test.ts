import { HyperFormula } from 'hyperformula';
import {
  ALLOWED_FUNCTIONS,
  assertAllowedFormula,
  FormulaNotAllowedError,
  functionsIn,
} from '../../src/core/formula/allowList';
import { block, checkPlan, formula, InvalidPlanError, num, sheetPlan } from '../../src/core/plan';

describe('formula/allowList', () => {
  it('names only functions HyperFormula evaluates', () => {
    const registered = new Set(HyperFormula.getRegisteredFunctionNames('enGB'));
    expect(ALLOWED_FUNCTIONS.filter((f) => !registered.has(f))).toEqual([]);
  });

  it('finds calls outside strings and quoted sheet names', () => {
    expect(functionsIn(`=IFERROR(SUM('my(sheet)'!A1:A9)/B1,"XLOOKUP(x)")`)).toEqual([
      'IFERROR',
      'SUM',
    ]);
    expect(functionsIn('=index(A:A, match(1, B:B, 0))')).toEqual(['INDEX', 'MATCH']);
  });

  it.each([
    '=XLOOKUP(1,A:A,B:B)',
    '=LET(x,1,x)',
    '=IFS(A1>1,1)',
    '=OFFSET(A1,1,1)',
    '=MAXIFS(A:A,B:B,1)',
    '=IF(N(B4)=0,"",1)',
  ])('refuses %s', (f) => {
    expect(() => assertAllowedFormula(f)).toThrow(FormulaNotAllowedError);
  });

  it('checks every formula of a plan before a host writes it', () => {
    const bad = {
      sheets: [
        {
          ...sheetPlan('A'),
          blocks: [block({ row: 0, col: 0 }, [[formula('=XLOOKUP(1,A:A,B:B)')]])],
        },
      ],
      deleteSheets: [],
    };
    expect(() => checkPlan(bad)).toThrow(FormulaNotAllowedError);
    const overlapping = {
      sheets: [
        {
          ...sheetPlan('A'),
          blocks: [
            block({ row: 0, col: 0 }, [[num(1), num(2)]]),
            block({ row: 0, col: 1 }, [[num(3)]]),
          ],
        },
      ],
      deleteSheets: [],
    };
    expect(() => checkPlan(overlapping)).toThrow(InvalidPlanError);
  });
});
