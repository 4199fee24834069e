import { HyperFormula } from 'hyperformula';
import { shiftFormula } from '../../src/core/formula/shiftFormula';

describe('formula/shiftFormula', () => {
  it.each([
    // formula, rows down, cols right, as Excel reads it there (worked out by hand)
    ['=AND(H$3>=$E5,H$3<=$F5)', 2, 1, '=AND(I$3>=$E7,I$3<=$F7)'],
    ['=A1+$A$1+A$1+$A1', 3, 2, '=C4+$A$1+C$1+$A4'],
    ['=SUM(B2:C3)', 1, 1, '=SUM(C3:D4)'],
    ['=Z1', 0, 1, '=AA1'],
    ['=AZ9', 0, 1, '=BA9'],
    ['=A1', 0, 0, '=A1'],
    [
      "=INDEX('工作日历'!$B$2:$B$9,MATCH(X$3,'工作日历'!A2:A9,0))",
      1,
      1,
      "=INDEX('工作日历'!$B$2:$B$9,MATCH(Y$3,'工作日历'!B3:B10,0))",
    ],
    ['=Sheet2!B2*2', 1, 0, '=Sheet2!B3*2'],
  ])('moves %s by %i rows and %i columns', (formula, rows, cols, expected) => {
    expect(shiftFormula(formula, rows, cols)).toBe(expected);
  });

  it('leaves text in quotes, quoted sheet names and function names alone', () => {
    expect(shiftFormula(`=IF($C4="A1 B2","x'y",LOG10(A1)+ATAN2(1,2))`, 1, 1)).toBe(
      `=IF($C5="A1 B2","x'y",LOG10(B2)+ATAN2(1,2))`,
    );
    expect(shiftFormula(`='A1''s B2'!A1+"say ""C3"""&D4`, 1, 0)).toBe(
      `='A1''s B2'!A2+"say ""C3"""&D5`,
    );
  });

  it('leaves numbers with exponents, error literals and whole columns alone', () => {
    expect(shiftFormula('=1E5+B2+IFERROR(#N/A,0)+SUM(A:A)', 1, 1)).toBe(
      '=1E5+C3+IFERROR(#N/A,0)+SUM(A:A)',
    );
  });

  it('leaves names that only look like references alone: past column XFD or row 1048576', () => {
    expect(shiftFormula('=ZZZ1+XFD1+A1048577+A1', 1, 0)).toBe('=ZZZ1+XFD2+A1048577+A2');
  });

  it('turns a reference moved off the sheet into #REF!', () => {
    expect(shiftFormula('=B2+A$1', -2, 0)).toBe('=#REF!+A$1');
    expect(shiftFormula('=XFD1', 0, 1)).toBe('=#REF!');
  });

  it('moves references as HyperFormula moves a copied formula', () => {
    const hf = HyperFormula.buildEmpty({ licenseKey: 'gpl-v3' });
    hf.addSheet('S');
    const formula = '=AND($C4="运营",ISNUMBER($J4),X$3>=INT($I4),X$3<=$J4,SUM(A1:B$2)>0)';
    hf.setCellContents({ sheet: 0, row: 3, col: 23 }, formula);
    hf.copy({ start: { sheet: 0, row: 3, col: 23 }, end: { sheet: 0, row: 3, col: 23 } });
    for (const [rows, cols] of [
      [0, 1],
      [5, 0],
      [7, 11],
    ] as const) {
      hf.paste({ sheet: 0, row: 3 + rows, col: 23 + cols });
      const pasted = hf.getCellFormula({ sheet: 0, row: 3 + rows, col: 23 + cols });
      expect(shiftFormula(formula, rows, cols)).toBe(pasted);
    }
  });
});
