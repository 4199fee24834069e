import { parseDeadline } from '../../../src/core/timeline/deadline';
import type { FoundMilestones } from '../../../src/core/timeline/milestoneCells';
import { milestoneNeeds } from '../../../src/core/timeline/milestoneNeeds';
import type { TaskRow } from '../../../src/core/timeline/readTaskSheet';
import type { ParsedTask } from '../../../src/core/timeline/types';

const NONE: FoundMilestones = { block: null, cells: [] };
const tasks = (...dues: string[]): ParsedTask[] =>
  dues.map((due, i) => ({
    task: { row: i + 1, due } as unknown as TaskRow,
    due: parseDeadline(due),
    start: null,
  }));

describe('milestoneNeeds', () => {
  it('counts each milestone’s tasks, known milestones in campaign order and custom ones last', () => {
    const needs = milestoneNeeds(
      tasks('自定义节点前1天', '开团前1天', '报名后1天', '开团后1小时'),
      NONE,
      {},
    );
    expect(needs.needed).toEqual([
      { name: '报名', uses: 1 },
      { name: '开团', uses: 2 },
      { name: '自定义节点', uses: 1 },
    ]);
  });

  it('folds a bare 前N天 into 开团 when the sheet has a 开团', () => {
    const needs = milestoneNeeds(tasks('开团前1天', '前3天'), NONE, {});
    expect(needs.needed).toEqual([{ name: '开团', uses: 2 }]);
    expect(needs.canonical('活动')).toBe('开团');
  });

  it('keeps 活动 apart when the user gives it a date of its own', () => {
    const needs = milestoneNeeds(tasks('开团前1天', '前3天'), NONE, { 活动: 46300 });
    expect(needs.needed).toEqual([
      { name: '开团', uses: 1 },
      { name: '活动', uses: 1 },
    ]);
    expect(needs.canonical('活动')).toBe('活动');
  });

  it('keeps 活动 when nothing on the sheet is 开团', () => {
    expect(milestoneNeeds(tasks('前3天'), NONE, {}).needed).toEqual([{ name: '活动', uses: 1 }]);
  });

  it('needs nothing for undatable text', () => {
    expect(milestoneNeeds(tasks('月底', '尽快'), NONE, {}).needed).toEqual([]);
  });
});
