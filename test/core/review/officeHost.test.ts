import { prepareBudget } from '../../../src/app/budget';
import { prepareReview } from '../../../src/app/review';
import { prepareRoi } from '../../../src/app/roi';
import { REVIEW_SHEET } from '../../../src/core/review/layout';
import { generateTimeline } from '../../../src/core/timeline/generateTimeline';
import type { WorkbookHost } from '../../../src/hosts/types';
import { visibleState } from '../../support/fakeExcel';
import { makeHost } from '../../support/hosts';
import { PLAN_SHEET, planRows, REVIEW_BUDGET_SHEET, reviewBudgetRows } from '../../fixtures/review';
import { CHANNEL_SHEET, channelRows, SALES_SHEET, salesRows } from '../../fixtures/sales';

const SEED = {
  sheets: {
    [PLAN_SHEET]: planRows,
    [REVIEW_BUDGET_SHEET]: reviewBudgetRows,
    [SALES_SHEET]: salesRows,
    [CHANNEL_SHEET]: channelRows,
  },
};

/** The campaign as the pane leaves it before a review: timeline, budget and ROI written. */
async function prepared(host: WorkbookHost): Promise<void> {
  const timeline = generateTimeline((await host.readSheet(PLAN_SHEET))!, {});
  await host.apply(timeline!.plan!);
  await host.apply((await prepareBudget(host, {})).result!.plan);
  await host.apply((await prepareRoi(host, {})).result!.plan);
}

describe('the 复盘 through the office-js adapter (fake Excel)', () => {
  it('writes the sheet and both charts, restore takes it away, and a second run leaves one of each', async () => {
    const { host, fake } = await makeHost('office', SEED);
    await prepared(host);
    const before = visibleState(fake!);
    const plan = (await prepareReview(host)).result!.plan;
    await host.apply(plan);
    const charts = () => fake!.store.extrasOf(REVIEW_SHEET).charts;
    expect(charts()).toEqual(plan.sheets[0]?.charts);
    expect(charts().map((c) => c.series.length)).toEqual([1, 1]);
    await host.restore();
    expect(visibleState(fake!)).toEqual(before);
    await host.apply(plan);
    await host.apply((await prepareReview(host)).result!.plan);
    expect(charts()).toHaveLength(2);
  });
});
