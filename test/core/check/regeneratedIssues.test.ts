import { regeneratedIssues } from '../../../src/core/check/regeneratedIssues';
import { issue } from '../../../src/core/issues';

describe('regeneratedIssues', () => {
  it('keeps the inverse ROI column and the disagreeing team total, with no mend', () => {
    const inverse = issue(
      'CHANNEL_ROI_INVERSE',
      'warning',
      { sheet: '渠道', address: 'D4:D7' },
      {},
    );
    const total = issue('TEAM_TOTAL_DIFFERS', 'warning', { sheet: '预算', address: 'F12' }, {});
    const news = issue('BUDGET_WRITTEN', 'info', { sheet: '预算', address: 'O10' }, {});
    const below = issue(
      'CHANNEL_BELOW_BREAK_EVEN',
      'warning',
      { sheet: '渠道', address: 'F5' },
      {},
    );
    expect(regeneratedIssues([news, inverse, below, total])).toEqual([
      { issue: inverse },
      { issue: total },
    ]);
  });
});
