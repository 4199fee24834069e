import { sameFormula } from '../../../src/core/check/sameFormula';

describe('sameFormula', () => {
  it.each([
    ["=COUNTA('聚划算推进表'!$D$4:$D$20)", '=COUNTA(聚划算推进表!$D$4:$D$20)'],
    ["='It''s'!A1", "=It's!A1"],
    ['=int($K$2) - 2', '=INT($K$2)-2'],
    ['SUM(A1:A3)', '=SUM(A1:A3)'],
  ])('reads %s and %s as one formula', (a, b) => {
    expect(sameFormula(a, b)).toBe(true);
  });

  it.each([
    ['=INT($K$2)-2', '=INT($K$2)-3'],
    ['=COUNTIF(G4:G20,"已完成")', '=COUNTIF(G4:G20,"已 完成")'],
    ['=IF(A1="a","x","y")', '=IF(A1="A","x","y")'],
  ])('tells %s from %s', (a, b) => {
    expect(sameFormula(a, b)).toBe(false);
  });
});
