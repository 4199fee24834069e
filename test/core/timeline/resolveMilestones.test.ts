import type { FoundMilestones } from '../../../src/core/timeline/milestoneCells';
import { resolveMilestones } from '../../../src/core/timeline/resolveMilestones';

const AT = { at: { row: 30, col: 7 }, vertical: true }; // the block's marker in H31, down the sheet
const ACROSS = { at: { row: 0, col: 7 }, vertical: false }; // an earlier version's block across row 1 from H1
const LAUNCH = 46337 + 10 / 24; // 2026-11-11 10:00

describe('resolveMilestones', () => {
  it('gives a milestone the user dated a new pair at the end of the block', () => {
    const r = resolveMilestones(
      '推进表',
      [{ name: '开团', uses: 3 }],
      { block: null, cells: [] },
      { 开团: LAUNCH },
      ACROSS,
    );
    // The pair goes in I1 (label) and J1 (value).
    expect(r.milestones).toEqual([
      { name: '开团', value: LAUNCH, address: '$J$1', source: 'anchor', uses: 3 },
    ]);
    expect(r.pairs).toBe(1);
    expect(r.issues).toEqual([]);
    // Down the sheet, the first pair goes on the row under the marker: H32 | I32.
    const down = resolveMilestones(
      '推进表',
      [{ name: '开团', uses: 3 }],
      { block: null, cells: [] },
      { 开团: LAUNCH },
      AT,
    );
    expect(down.milestones[0]?.address).toBe('$I$32');
  });

  it('reads the team’s own cell, and turns a date typed as text into a date in place', () => {
    const found: FoundMilestones = {
      block: null,
      cells: [
        { name: '开团', label: { row: 3, col: 0 }, value: '2026-11-11 10:00', source: 'team' },
      ],
    };
    const r = resolveMilestones('推进表', [{ name: '开团', uses: 1 }], found, {}, AT);
    expect(r.milestones[0]).toMatchObject({ value: LAUNCH, address: '$B$4', source: 'team' });
    expect(r.dateFixes).toEqual([
      { at: { row: 3, col: 1 }, cells: [[{ kind: 'number', value: LAUNCH }]] },
    ]);
    expect(r.issues).toMatchObject([
      { code: 'DATE_CONVERTED', severity: 'info', cell: { sheet: '推进表', address: 'B4' } },
    ]);
  });

  it('names a milestone with no date, and says so when its cell holds something else', () => {
    const found: FoundMilestones = {
      block: ACROSS,
      cells: [{ name: '报名', label: { row: 0, col: 8 }, value: '待定', source: 'block' }],
    };
    const r = resolveMilestones(
      '推进表',
      [
        { name: '报名', uses: 2 },
        { name: '开团', uses: 5 },
      ],
      found,
      {},
      ACROSS,
    );
    expect(r.milestones).toEqual([
      { name: '报名', value: null, address: '$J$1', source: 'missing', uses: 2 },
      { name: '开团', value: null, address: null, source: 'missing', uses: 5 },
    ]);
    expect(r.issues.map((i) => [i.code, i.cell?.address, i.params])).toEqual([
      ['MILESTONE_NOT_A_DATE', 'J1', { name: '报名', value: '待定' }],
      ['MILESTONE_MISSING', undefined, { name: '报名', count: 2 }],
      ['MILESTONE_MISSING', undefined, { name: '开团', count: 5 }],
    ]);
  });
});
