import * as path from 'node:path';
import type { Page } from 'playwright-core';
import type { Locale } from '../../src/core/issues';
import {
  chromiumSession,
  fillSampleMilestones,
  offlinePage,
  RESULTS,
  watch,
} from '../support/previewPage';

jest.setTimeout(120_000);

/** A narrow Excel task pane (320 px is the least Excel gives it) and a wide desktop window. */
const WIDTHS = [320, 1400] as const;
const LOCALES: readonly Locale[] = ['zh-CN', 'en-US'];
const VIEWS = ['timeline', 'budget', 'roi'] as const;

/** Per language, the texts these tests look for. */
const TEXT = {
  'zh-CN': {
    reading: '读取工作表…',
    writing: '写入工作表…',
    restoring: '撤销…',
    restored: /^已恢复 \d+ 个单元格/,
  },
  'en-US': {
    reading: 'Reading the sheet…',
    writing: 'Writing to the sheet…',
    restoring: 'Undoing…',
    restored: /^Undone: \d+ cells are back/,
  },
} as const;

/**
 * What does not fit at the page's width: the page scrolling sideways, a tab, button or field
 * whose text is cut (scrollWidth beyond clientWidth), or any element of the pane reaching past
 * the pane's right edge. Empty when everything fits.
 */
function misfits(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const doc = document.documentElement;
    if (doc.scrollWidth > window.innerWidth)
      out.push(`page ${doc.scrollWidth} px wide in ${window.innerWidth}`);
    const pane = document.querySelector('[data-testid="pane"]');
    if (!pane) return ['no pane'];
    const edge = pane.getBoundingClientRect().right + 0.5;
    const name = (e: Element) => `${e.tagName} "${(e.textContent ?? '').trim().slice(0, 40)}"`;
    for (const e of pane.querySelectorAll('[role="tab"], button, label, input, [role="combobox"]'))
      if (e.scrollWidth > e.clientWidth + 1) out.push(`cut: ${name(e)}`);
    for (const e of pane.querySelectorAll('*')) {
      const box = e.getBoundingClientRect();
      if (box.width > 0 && box.right > edge) out.push(`past the edge: ${name(e)}`);
    }
    return out;
  });
}

/** Every MessageBar says its intent, so that "no error" below cannot pass by not seeing one. */
async function intents(page: Page): Promise<(string | null)[]> {
  return page
    .locator('[data-testid="pane"] .fui-MessageBar')
    .evaluateAll((bars) => bars.map((b) => b.getAttribute('data-intent')));
}

/**
 * Records, from the page's first frame, each busy step that was on screen when a frame was drawn:
 * an animation frame runs just before the paint, so a step seen there is a step the user saw.
 */
async function recordPaintedSteps(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    Object.assign(window, { paintedSteps: seen });
    const tick = () => {
      const busy = document.querySelector('[data-testid="busy"]');
      const step = busy && `${busy.getAttribute('data-step')}: ${busy.textContent}`;
      if (step && seen[seen.length - 1] !== step) seen.push(step);
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}

const paintedSteps = (page: Page) =>
  page.evaluate(() => (window as unknown as { paintedSteps: string[] }).paintedSteps);

describe.each(LOCALES.flatMap((locale) => WIDTHS.map((width) => [width, locale] as const)))(
  'the task pane at %i px in %s (production build, preview mode)',
  (width, locale) => {
    const { browser, server } = chromiumSession();
    const short = locale === 'zh-CN' ? 'zh' : 'en';

    async function open(view: string) {
      const page = await offlinePage(browser(), { width, height: 900 });
      const problems = watch(page);
      await recordPaintedSteps(page);
      await page.goto(`${server().url}/taskpane.html?view=${view}&lang=${locale}`);
      await page.getByTestId(`${view}-view`).waitFor();
      await page.getByTestId('sheet-list').waitFor();
      return { page, problems };
    }

    it.each(VIEWS)(
      'opens the %s view with no error and nothing cut or past the edge',
      async (view) => {
        const { page, problems } = await open(view);
        expect(await paintedSteps(page)).toContain(`reading: ${TEXT[locale].reading}`);
        const seen = await intents(page);
        expect(seen.length).toBeGreaterThan(0); // the preview banner at least
        expect(seen).not.toContain(null);
        expect(seen).not.toContain('error');
        expect(await misfits(page)).toEqual([]);
        // A narrow pane is tall: its picture goes down to the first button and notes.
        const clip =
          width < 400 ? { clip: { x: 0, y: 0, width, height: 1300 }, fullPage: true } : {};
        const file = path.join(RESULTS, `pane-${view}-${width}-${short}.png`);
        await page.screenshot({ path: file, ...clip });
        expect(problems).toEqual([]);
        await page.close();
      },
    );

    it('shows the step while it writes and undoes, and after undo drops the result and confirms at the top', async () => {
      const { page, problems } = await open('timeline');
      await fillSampleMilestones(page);
      await page.getByTestId('generate').click();
      await page.getByTestId('timeline-done').waitFor();
      expect(await paintedSteps(page)).toContain(`writing: ${TEXT[locale].writing}`);
      expect(await misfits(page)).toEqual([]);
      await page.screenshot({ path: path.join(RESULTS, `pane-generated-${width}-${short}.png`) });

      await page.getByTestId('restore').click(); // scrolls down to the button, as a user would
      const message = page.getByTestId('message');
      await message.waitFor();
      expect(await paintedSteps(page)).toContain(`restoring: ${TEXT[locale].restoring}`);
      expect(await message.textContent()).toMatch(TEXT[locale].restored);
      expect(await page.getByTestId('timeline-done').count()).toBe(0);
      // The confirmation is in sight, in the upper part of the window, without scrolling.
      // No box (not displayed) counts as out of sight.
      const box = (await message.boundingBox()) ?? { y: -1, height: 0 };
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.y + box.height).toBeLessThanOrEqual(900 / 2);
      await page.screenshot({ path: path.join(RESULTS, `pane-undone-${width}-${short}.png`) });
      // The next run is news of its own: the undo's confirmation goes.
      await page.getByTestId('generate').click();
      await page.getByTestId('timeline-done').waitFor();
      expect(await message.count()).toBe(0);
      expect(problems).toEqual([]);
      await page.close();
    });
  },
);

describe('notes about a sheet a run is to create (preview mode)', () => {
  const { browser, server } = chromiumSession();

  it('says nothing about 预算 before the budget exists, and links to its cells after', async () => {
    const page = await offlinePage(browser(), { width: 1400, height: 900 });
    const problems = watch(page);
    await page.goto(`${server().url}/taskpane.html?view=budget`);
    await page.getByTestId('budget-view').waitFor();
    expect(await page.getByTestId('pane').getByText('预算!').count()).toBe(0);
    await page.getByTestId('budget-run').click();
    await page.getByTestId('budget-done').waitFor();
    const note = page.getByTestId('budget-issues').getByText('预算!K21');
    await note.waitFor();
    expect(await note.evaluate((e) => e.closest('a, button') !== null)).toBe(true);
    await note.click();
    await page.getByTestId('preview').locator('td[data-selected="true"]').waitFor();
    expect(problems).toEqual([]);
    await page.close();
  });
});
