import { formula, sheetPlan } from '../../../src/core/plan';
import { ranking } from '../../../src/core/review/_lib/ranking';
import { ROWS } from '../../../src/core/review/layout';
import { MemoryHost } from '../../../src/hosts/memory/MemoryHost';

/** Ranks `scores` (typed in column A) and reads the names shown, top first. */
async function shown(scores: readonly number[], limit?: number): Promise<unknown[]> {
  const host = MemoryHost.fromSheets({
    数据: scores.map((s, i) => [s, `第${i + 1}项`]),
    复盘: [[limit ?? null]],
  });
  const blocks = ranking({
    col: 4,
    scores: scores.map((_, i) => `'数据'!$A$${i + 1}`),
    scale: 100,
    values: scores.map((_, i) => [`'数据'!$B$${i + 1}`]),
    names: ['名称'],
    at: { row: 0, col: 1 },
    shown: 3,
    ...(limit !== undefined && { limit: '$A$1' }),
  });
  await host.apply({ sheets: [{ ...sheetPlan('复盘'), blocks }], deleteSheets: [] });
  return host
    .readGrid('复盘')
    .values.slice(0, 3)
    .map((r) => r[1] ?? null);
}

describe('ranking', () => {
  it('shows the largest scores first, evaluated by HyperFormula', async () => {
    expect(await shown([5, 120.5, 30, 7])).toEqual(['第2项', '第3项', '第4项']);
  });

  it('breaks ties by position: the first of equal scores ranks higher', async () => {
    expect(await shown([2, 9, 2, 9])).toEqual(['第2项', '第4项', '第1项']);
  });

  it('tells apart scores a fen apart, and leaves rows past the limit empty', async () => {
    expect(await shown([100.01, 100.02, 3], 2)).toEqual(['第2项', '第1项', '']);
  });

  it('shows empty rows when there are fewer items than rows', async () => {
    expect(await shown([4])).toEqual(['第1项', '', '']);
  });

  it('writes its helper from the list rows down, its headings on the columns row', () => {
    const blocks = ranking({
      col: 20,
      scores: ['1'],
      scale: 1,
      values: [['"a"']],
      names: ['事项'],
      at: { row: 0, col: 0 },
      shown: 1,
    });
    expect(blocks.map((b) => b.at)).toEqual([
      { row: ROWS.columns, col: 20 },
      { row: ROWS.first, col: 20 },
      { row: 0, col: 0 },
    ]);
    expect(blocks[1]?.cells[0]?.[0]).toEqual(formula('=ROUND((1)*1,0)*1000+999'));
  });
});
