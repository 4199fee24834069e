import type { Grid } from '../../../src/core/grid';
import { parseProgress, progressScale, readsAsProgress } from '../../../src/core/timeline/progress';
import { readTaskSheet } from '../../../src/core/timeline/readTaskSheet';

const grid = (values: Grid['values']): Grid => ({
  sheet: '推进表',
  origin: { row: 0, col: 0 },
  values,
  formulas: values.map((r) => r.map(() => null)),
  merges: [],
});

describe('parseProgress', () => {
  it.each([
    ['80%', 0.8],
    ['已完成80%', 0.8],
    ['完成 60 %', 0.6],
    ['８０％', 0.8],
    ['完成', 1],
    ['已完成', 1],
    ['Done', 1],
    ['未开始', 0],
    [0.8, 0.8],
    [80, 0.8],
    [1, 1],
    [0, 0],
  ] as const)('reads %p as %p', (text, share) => {
    expect(parseProgress(text)).toBeCloseTo(share, 10);
  });

  it('reads a number in a column of percents as a percent', () => {
    expect(parseProgress(1, 100)).toBeCloseTo(0.01, 10);
    expect(parseProgress(50, 100)).toBeCloseTo(0.5, 10);
  });

  it.each([['进行中'], ['看情况'], [''], [null], [150], [-5], ['3-5']])(
    'says no progress for %p',
    (v) => {
      expect(parseProgress(v)).toBeNull();
    },
  );
});

describe('readsAsProgress and progressScale', () => {
  it('takes a column of mostly figures as progress, and one of words as a status', () => {
    expect(readsAsProgress(['80%', '已完成', 0.5, null])).toBe(true);
    expect(readsAsProgress(['已完成', '进行中', '未开始', '50%'])).toBe(false);
    expect(readsAsProgress([null, ''])).toBe(false);
  });

  it('says a column writes percents when a number is above 1', () => {
    expect(progressScale([0.5, 1, '80%'])).toBe(1);
    expect(progressScale([0.5, 80])).toBe(100);
  });
});

describe('a 进度 column of percentages', () => {
  it('is read as progress, not as the team’s 状态', () => {
    const ts = readTaskSheet(
      grid([
        ['事项', '截止时间', '进度'],
        ['报名', '开团前20天', '80%'],
        ['上新', '开团前3天', '已完成'],
        ['盯盘', '开团当天', 0.5],
      ]),
    )!;
    expect(ts.mapping.progress).toBe(2);
    expect(ts.mapping.status).toBeUndefined();
  });

  it('stays the 状态 when it holds words', () => {
    const ts = readTaskSheet(
      grid([
        ['事项', '截止时间', '进度'],
        ['报名', '开团前20天', '已完成'],
        ['上新', '开团前3天', '进行中'],
      ]),
    )!;
    expect(ts.mapping.status).toBe(2);
    expect(ts.mapping.progress).toBeUndefined();
  });

  it('beside a Status column, is the progress and leaves Status its own', () => {
    const ts = readTaskSheet(
      grid([
        ['Task', 'Due Date', 'Status', 'Progress'],
        ['Brief', '2026/10/25', 'Done', 1],
        ['Banner', '2026/10/28', 'In progress', 0.4],
      ]),
    )!;
    expect(ts.mapping.status).toBe(2);
    expect(ts.mapping.progress).toBe(3);
  });

  it('stays the 状态 when the user chose it so', () => {
    const ts = readTaskSheet(
      grid([
        ['事项', '截止时间', '进度'],
        ['报名', '开团前20天', '80%'],
      ]),
      { status: 2 },
    )!;
    expect(ts.mapping.status).toBe(2);
    expect(ts.mapping.progress).toBeUndefined();
  });
});
