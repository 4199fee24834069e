import { mendPlan } from '../../../src/core/check/mendPlan';
import type { Finding } from '../../../src/core/check/types';
import { issue } from '../../../src/core/issues';
import { formula, num } from '../../../src/core/plan';

const finding = (sheet: string, mend?: Finding['mend']): Finding => ({
  issue: issue('CHECK_REF_BROKEN', 'warning', { sheet, address: 'A1' }, {}),
  ...(mend && { mend }),
});

describe('mendPlan', () => {
  it('writes each safe mend as a one-cell block on its sheet, with its format', () => {
    const plan = mendPlan([
      finding('推进表', {
        sheet: '推进表',
        at: { row: 4, col: 9 },
        cell: formula('=INT($J$35)-7'),
      }),
      finding('任务统计'),
      finding('推进表', {
        sheet: '推进表',
        at: { row: 31, col: 9 },
        cell: num(46349),
        format: 'yyyy-mm-dd',
      }),
    ]);
    expect(plan?.sheets.map((s) => s.sheet)).toEqual(['推进表']);
    expect(plan?.sheets[0]?.blocks).toEqual([
      { at: { row: 4, col: 9 }, cells: [[formula('=INT($J$35)-7')]] },
      { at: { row: 31, col: 9 }, cells: [[num(46349)]] },
    ]);
    expect(plan?.sheets[0]?.numberFormats).toEqual([
      { range: { row: 31, col: 9, rows: 1, cols: 1 }, format: 'yyyy-mm-dd' },
    ]);
  });

  it('is null when nothing has a safe mend', () => {
    expect(mendPlan([finding('任务统计')])).toBeNull();
  });
});
