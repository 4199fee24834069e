import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { cellAddress } from '../../src/core/a1';
import type { Locale } from '../../src/core/issues';
import {
  SAMPLE_MILESTONES,
  SAMPLE_SHEET,
  sampleWorkbook,
} from '../../src/core/sample/sampleWorkbook';
import { generateTimeline } from '../../src/core/timeline/generateTimeline';
import { MemoryHost } from '../../src/hosts/memory/MemoryHost';
import { chromiumSession, offlinePage, RESULTS, watch } from '../support/previewPage';

jest.setTimeout(120_000);

/**
 * The pane's 体检 on the preview's worn sample (`?sample=worn`: the sample's timeline generated,
 * then the first task's 计划截止 typed over and 报名 typed as text): the list names both cells,
 * each a link that selects its cell, each with a 修复; a mend is a run that undo takes back.
 */

/** Where the worn cells are, found by looking at the generated sample's labels. */
async function wornCells(): Promise<{ typed: string; milestone: string }> {
  const host = new MemoryHost();
  for (const sp of sampleWorkbook()) host.writeSheetPlan(sp);
  const t = generateTimeline(host.readGrid(SAMPLE_SHEET), { anchors: SAMPLE_MILESTONES });
  await host.apply(t!.plan!);
  const g = host.readGrid(SAMPLE_SHEET);
  const find = (label: string, below = -1) => {
    const r = g.values.findIndex((line, i) => i + g.origin.row > below && line.includes(label));
    return { row: r + g.origin.row, col: g.values[r]!.indexOf(label) + g.origin.col };
  };
  const due = find('计划截止');
  const marker = find('里程碑');
  const apply = find('报名', marker.row);
  return {
    typed: `${SAMPLE_SHEET}!${cellAddress({ row: due.row + 1, col: due.col })}`,
    milestone: `${SAMPLE_SHEET}!${cellAddress({ row: apply.row, col: apply.col + 1 })}`,
  };
}

/** Waits until `read` gives `want` (the pane checks again after a run), or fails with the last. */
async function until<T>(read: () => Promise<T>, want: T): Promise<void> {
  let last: T | undefined;
  for (let i = 0; i < 100; i++) {
    last = await read();
    if (JSON.stringify(last) === JSON.stringify(want)) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  expect(last).toEqual(want);
}

/** Anything cut or past the pane's right edge (as paneTruth checks every view). */
function misfits(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    if (document.documentElement.scrollWidth > window.innerWidth) out.push('page scrolls');
    const pane = document.querySelector('[data-testid="pane"]');
    if (!pane) return ['no pane'];
    const edge = pane.getBoundingClientRect().right + 0.5;
    const name = (e: Element) => `${e.tagName} "${(e.textContent ?? '').trim().slice(0, 40)}"`;
    for (const e of pane.querySelectorAll('[role="tab"], button, label, input'))
      if (e.scrollWidth > e.clientWidth + 1) out.push(`cut: ${name(e)}`);
    for (const e of pane.querySelectorAll('*')) {
      const box = e.getBoundingClientRect();
      if (box.width > 0 && box.right > edge) out.push(`past the edge: ${name(e)}`);
    }
    return out;
  });
}

const listed = (page: Page) =>
  page
    .getByTestId('check-findings')
    .locator('li')
    .evaluateAll((items) => items.map((li) => li.getAttribute('data-cell') ?? '').sort());

const cases: [number, Locale][] = [
  [320, 'zh-CN'],
  [320, 'en-US'],
  [1400, 'zh-CN'],
];

describe.each(cases)(
  'the 体检 view at %i px in %s (production build, preview)',
  (width, locale) => {
    const { browser, server } = chromiumSession();
    let worn: { typed: string; milestone: string };
    let expected: string[];
    beforeAll(async () => {
      worn = await wornCells();
      expected = [worn.typed, worn.milestone].sort();
    });

    it('lists the worn cells as links with a mend each; a mend is undone by undo; mend all clears the list', async () => {
      const page = await offlinePage(browser(), { width, height: 900 });
      const problems = watch(page);
      await page.goto(`${server().url}/taskpane.html?view=check&sample=worn&lang=${locale}`);
      await page.getByTestId('check-view').waitFor();
      await page.getByTestId('check-run').click();
      await page.getByTestId('check-summary').waitFor();
      expect(await listed(page)).toEqual(expected);
      expect(await page.getByTestId('check-mend').count()).toBe(2);
      expect(await misfits(page)).toEqual([]);
      const short = locale === 'zh-CN' ? 'zh' : 'en';
      await page.screenshot({
        path: path.join(RESULTS, `pane-check-${width}-${short}.png`),
        fullPage: true,
      });

      // The first finding's text is a link that selects its cell in the preview.
      const first = page.getByTestId('check-findings').locator('li').first();
      await first.locator('a, button').first().click();
      await page.getByTestId('preview').locator('td[data-selected="true"]').waitFor();

      // Mend the 计划截止 typed over: one finding is left; undo brings it back.
      await page.locator(`li[data-cell="${worn.typed}"]`).getByTestId('check-mend').click();
      await page.getByTestId('check-done').waitFor();
      await until(() => listed(page), [worn.milestone]);
      await page.getByTestId('restore').click();
      await until(() => listed(page), expected);
      expect(problems).toEqual([]);
      await page.close();
    });
  },
);
