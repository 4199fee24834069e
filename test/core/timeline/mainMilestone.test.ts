import { mainMilestone } from '../../../src/core/timeline/mainMilestone';
import type { MilestoneUse } from '../../../src/core/timeline/types';

const uses = (...names: string[]): MilestoneUse[] =>
  names.map((name) => ({ name, value: 46300, address: '$B$1', source: 'anchor', uses: 1 }));

describe('mainMilestone', () => {
  it.each([
    [['报名', '活动', '爆发', '开团'], '开团'],
    [['报名', '爆发', '活动'], '活动'],
    [['报名', '爆发', '竞拍'], '爆发'],
    [['报名', '竞拍'], '竞拍'],
  ])('picks the activity’s start among %j: %s', (names, main) => {
    expect(mainMilestone(uses(...names))?.name).toBe(main);
  });

  it('has none without milestones', () => {
    expect(mainMilestone([])).toBeUndefined();
  });
});
