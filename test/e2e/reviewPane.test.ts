import * as path from 'node:path';
import type { Page } from 'playwright-core';
import {
  chromiumSession,
  fillSampleMilestones,
  offlinePage,
  RESULTS,
  watch,
} from '../support/previewPage';

jest.setTimeout(180_000);

/** Tabs, buttons and fields whose text is cut, and anything reaching past the pane's edge. */
function misfits(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    if (document.documentElement.scrollWidth > window.innerWidth) out.push('page scrolls sideways');
    const pane = document.querySelector('[data-testid="pane"]');
    if (!pane) return ['no pane'];
    const edge = pane.getBoundingClientRect().right + 0.5;
    const name = (e: Element) => `${e.tagName} "${(e.textContent ?? '').trim().slice(0, 40)}"`;
    for (const e of pane.querySelectorAll('[role="tab"], button'))
      if (e.scrollWidth > e.clientWidth + 1) out.push(`cut: ${name(e)}`);
    for (const e of pane.querySelectorAll('*')) {
      const box = e.getBoundingClientRect();
      if (box.width > 0 && box.right > edge) out.push(`past the edge: ${name(e)}`);
    }
    return out;
  });
}

describe('复盘 in the task pane (preview mode)', () => {
  const { browser, server } = chromiumSession();

  it.each([
    ['zh-CN', '复盘'],
    ['en-US', 'Review'],
  ])('fits a 320 px pane in %s with its fifth tab %s', async (lang, tab) => {
    const page = await offlinePage(browser(), { width: 320, height: 900 });
    const problems = watch(page);
    await page.goto(`${server().url}/taskpane.html?view=review&lang=${lang}`);
    await page.getByTestId('review-view').waitFor();
    expect(await page.getByTestId('tab-review').textContent()).toBe(tab);
    expect(await misfits(page)).toEqual([]);
    await page.screenshot({ path: path.join(RESULTS, `pane-review-320-${lang}.png`) });
    expect(problems).toEqual([]);
    await page.close();
  });

  it('says what is missing, then writes the 复盘 from the generated timeline and the ROI, and undoes it', async () => {
    const page = await offlinePage(browser(), { width: 1400, height: 900 });
    const problems = watch(page);
    await page.goto(`${server().url}/taskpane.html?view=review`);
    await page.getByTestId('review-view').waitFor();
    // Nothing generated yet: the view names the missing parts before anything is written.
    const missing = page.getByTestId('review-issues');
    await missing.getByText('复盘缺“进度”').waitFor();
    expect(await missing.textContent()).toContain('复盘缺“预算”');

    await page.getByTestId('tab-timeline').click();
    await fillSampleMilestones(page);
    await page.getByTestId('generate').click();
    await page.getByTestId('timeline-done').waitFor();
    await page.getByTestId('tab-roi').click();
    await page.getByTestId('roi-run').click();
    await page.getByTestId('roi-done').waitFor();

    await page.getByTestId('tab-review').click();
    await page.getByTestId('review-run').click();
    expect(await page.getByTestId('review-done').textContent()).toContain('活动复盘已写入“复盘”');
    expect(await missing.textContent()).not.toContain('复盘缺“进度”');
    const preview = page.getByTestId('preview');
    await preview.getByRole('tab', { name: '复盘', exact: true }).click();
    await preview.getByRole('cell', { name: '渠道ROI排名', exact: true }).waitFor();
    // 引力魔方 alone is below break-even: 62400 ÷ 26000 = 2.4 against 1 ÷ 35 % ≈ 2.86.
    expect(await preview.getByRole('cell', { name: '低于保本', exact: true }).count()).toBe(1);
    await page.screenshot({ path: path.join(RESULTS, 'review-written.png') });
    await page.getByTestId('restore').click();
    await preview.getByRole('tab', { name: '复盘', exact: true }).waitFor({ state: 'detached' });
    expect(problems).toEqual([]);
    await page.close();
  });
});
