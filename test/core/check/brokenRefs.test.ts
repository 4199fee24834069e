import { brokenRefs } from '../../../src/core/check/brokenRefs';
import { gridOf } from './_grid';

describe('brokenRefs', () => {
  it('finds every formula referring to #REF!, on every sheet, at its cell', () => {
    const a = gridOf('任务统计', [
      ['部门', '任务数'],
      ['运营', '=COUNTIF(#REF!,A2)'],
      ['美工', '=COUNTIF(推进表!C:C,A3)'],
    ]);
    const b = gridOf('预算', [[null, '=SUM(#ref!)']]);
    expect(brokenRefs([a, b]).map((f) => [f.issue.cell, f.mend])).toEqual([
      [{ sheet: '任务统计', address: 'B2' }, undefined],
      [{ sheet: '预算', address: 'B1' }, undefined],
    ]);
  });

  it('does not take a text cell reading #REF! for a formula', () => {
    expect(brokenRefs([gridOf('备注', [['#REF!']])])).toEqual([]);
  });
});
