import * as path from 'node:path';
import { promises as fs } from 'node:fs';
import { OFFICE_CDN } from '../../src/taskpane/loadOffice';
import {
  CDN_ORIGIN,
  CDN_UNREACHABLE,
  chromiumSession,
  DIST,
  fillSampleMilestones,
  offlinePage,
  RESULTS,
  watch,
} from '../support/previewPage';

jest.setTimeout(120_000);

describe('task pane (production build, preview mode in Chromium)', () => {
  const { browser, server } = chromiumSession();

  async function open(query: string) {
    const page = await offlinePage(browser(), { width: 1280, height: 720 });
    const problems = watch(page);
    const external: string[] = [];
    const cdnFailures: string[] = [];
    page.on('console', (m) => CDN_UNREACHABLE(m) && cdnFailures.push(m.text()));
    page.on('request', (r) => {
      if (!r.url().startsWith(server().url) && !r.url().startsWith('data:')) external.push(r.url());
    });
    await page.goto(`${server().url}/taskpane.html${query}`);
    await page.getByTestId('sheet-list').waitFor();
    return { page, problems, external, cdnFailures };
  }

  it('loads offline with no console errors, shows the sample sheets, and asks for nothing outside its origin but the office.js CDN', async () => {
    const { page, problems, external, cdnFailures } = await open('?view=timeline');
    await page.getByTestId('preview').locator('table').waitFor();
    expect(await page.getByTestId('sheet-list').locator('li').allTextContents()).toEqual([
      '聚划算推进表',
      '任务统计',
      '店铺数据',
      '推广渠道',
    ]);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('推进表助手');
    expect(
      await page.getByTestId('preview').locator('td', { hasText: '上传聚图和详情页' }).count(),
    ).toBe(1);
    await page.screenshot({ path: path.join(RESULTS, 'taskpane-preview.png') });
    expect(problems).toEqual([]);
    // The CDN was tried (and refused: offline), then the copy served beside the pane was used.
    expect(external).toEqual([OFFICE_CDN]);
    expect(cdnFailures).toEqual([expect.stringMatching(/^Failed to load resource: net::ERR_/)]);
    expect(await page.evaluate(() => typeof Office)).toBe('object');
    expect(
      await page.evaluate(() =>
        [...document.querySelectorAll('script[src*="office.js"]')].map((e) =>
          e.getAttribute('src'),
        ),
      ),
    ).toEqual(['office-js/office.js']);
    await page.close();
  });

  it('references office.js on the CDN, under a CSP that allows exactly that origin', async () => {
    const html = await fs.readFile(path.join(DIST, 'taskpane.html'), 'utf8');
    const csp = /http-equiv="?Content-Security-Policy"? content="([^"]+)"/.exec(html)?.[1] ?? '';
    const directives = Object.fromEntries(
      csp
        .split(';')
        .map((d) => d.trim().split(/\s+/))
        .map(([n, ...v]) => [n, v]),
    );
    expect(directives['script-src']).toEqual(["'self'", CDN_ORIGIN]);
    for (const d of ['default-src', 'connect-src', 'frame-src'])
      expect([d, directives[d]]).toEqual([d, ["'self'"]]);
    const scripts = [...html.matchAll(/<script[^>]*\bsrc="?([^" >]+)/g)].map((m) => m[1]);
    // office.js first and not deferred, in <head> before the pane's own script, as Office requires.
    expect(scripts[0]).toBe(OFFICE_CDN);
    expect(html).toMatch(new RegExp(`<script src="?${OFFICE_CDN.replace(/[./]/g, '\\$&')}"?>`));
    expect(html.indexOf(OFFICE_CDN)).toBeLessThan(html.indexOf('</head>'));
  });

  it('uses the CDN when it answers, and then never the local copy', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 720 } });
    // The CDN's folder, answered from the copy of the same files in dist/office-js/.
    const served: string[] = [];
    await page.route(`${CDN_ORIGIN}/**`, async (route) => {
      const rest = new URL(route.request().url()).pathname.replace('/lib/1/hosted/', '');
      served.push(rest);
      const body = await fs.readFile(path.join(DIST, 'office-js', rest)).catch(() => null);
      await (body
        ? route.fulfill({ body, contentType: 'text/javascript' })
        : route.fulfill({ status: 404 }));
    });
    const problems = watch(page);
    const ours: string[] = [];
    page.on('request', (r) => r.url().startsWith(server().url) && ours.push(r.url()));
    await page.goto(`${server().url}/taskpane.html?view=timeline`);
    await page.getByTestId('sheet-list').waitFor();
    expect(served[0]).toBe('office.js');
    expect(ours.filter((u) => u.includes('/office-js/'))).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it.each([
    ['timeline', '生成时间表'],
    ['budget', '预算表'],
    ['roi', '计算ROI'],
  ])('opens on the %s view from the ribbon URL and switches views by tab', async (view, label) => {
    const { page, problems } = await open(`?view=${view}`);
    expect(await page.getByTestId('pane').getAttribute('data-view')).toBe(view);
    expect(await page.getByTestId('pane').getByRole('tab', { selected: true }).textContent()).toBe(
      label,
    );
    await page.getByTestId(view === 'roi' ? 'tab-timeline' : 'tab-roi').click();
    expect(await page.getByTestId('pane').getAttribute('data-view')).toBe(
      view === 'roi' ? 'timeline' : 'roi',
    );
    expect(problems).toEqual([]);
    await page.close();
  });

  it('says there is nothing to undo on a workbook it never changed', async () => {
    const { page } = await open('?view=budget');
    await page.getByTestId('restore').click();
    expect(await page.getByTestId('message').textContent()).toBe(
      '没有可撤销的操作：本工作簿中没有推进表助手的备份。',
    );
    await page.close();
  });

  it('speaks English when asked', async () => {
    const { page } = await open('?view=roi&lang=en-US');
    // The tab is "ROI" (it was "Compute ROI", cut at 360 px: issue 17); the button says the action.
    expect(await page.getByTestId('pane').getByRole('tab', { selected: true }).textContent()).toBe(
      'ROI',
    );
    expect(await page.getByTestId('roi-run').textContent()).toBe('Compute ROI');
    await page.screenshot({ path: path.join(RESULTS, 'taskpane-preview-en.png') });
    await page.close();
  });
});

describe('生成时间表 in the task pane (preview mode)', () => {
  const { browser, server } = chromiumSession();

  it('asks for each milestone, generates the dates into the sheet, points at what it could not date, and undoes it', async () => {
    const page = await offlinePage(browser(), { width: 1400, height: 900 });
    const problems = watch(page);
    await page.goto(`${server().url}/taskpane.html?view=timeline`);
    await page.getByTestId('timeline-view').waitFor();
    const generate = page.getByTestId('generate');
    // The sample sheet has no milestone dates yet: Generate waits for them and names them, each
    // field says "请填写", and nothing is an error before the planner did anything.
    expect(await generate.isDisabled()).toBe(true);
    expect(await generate.textContent()).toBe('先填写报名、竞拍、排期、开团、活动结束时间');
    expect(await page.getByTestId('milestone-field-开团').textContent()).toContain('请填写');
    expect(await page.getByText('缺少里程碑').count()).toBe(0);
    expect(await page.locator('[data-intent="error"]').count()).toBe(0);
    expect(await page.getByTestId('role-task').textContent()).toContain('D 工作事项');
    await fillSampleMilestones(page);
    await generate.click();
    expect(await page.getByTestId('timeline-done').textContent()).toBe(
      '已为 25 个事项生成计划时间（共 26 个事项），写在“I”“J”两列。',
    );
    const preview = page.getByTestId('preview');
    await preview.locator('td', { hasText: '2026-12-12 10:30' }).first().waitFor();
    expect(await preview.locator('td', { hasText: '计划截止' }).count()).toBe(1);
    await page.screenshot({ path: path.join(RESULTS, 'timeline-generated.png') });
    await page.getByTestId('restore').click();
    await preview.locator('td', { hasText: '计划截止' }).waitFor({ state: 'detached' });
    expect(problems).toEqual([]);
    await page.close();
  });

  it('selects the cell an issue names when it is clicked', async () => {
    const page = await offlinePage(browser(), { width: 1400, height: 900 });
    await page.goto(`${server().url}/taskpane.html?view=timeline`);
    await page.getByTestId('timeline-view').waitFor();
    await fillSampleMilestones(page);
    await page.getByTestId('generate').click();
    await page.getByTestId('timeline-done').waitFor();
    // 年末 cannot be dated: its note names E29, and a click outlines that cell in the sheet.
    const note = page.getByTestId('timeline-issues').getByText('“年末”没有具体日期');
    expect(await note.textContent()).toContain('聚划算推进表!E29');
    const preview = page.getByTestId('preview');
    expect(await preview.locator('td[data-selected="true"]').count()).toBe(0);
    await note.click();
    await preview.locator('td[data-selected="true"]').waitFor();
    expect(await preview.locator('td[data-selected="true"]').textContent()).toBe('年末');
    await page.close();
  });
});

describe('a workbook with no 推进表 (preview mode)', () => {
  const { browser, server } = chromiumSession();

  it('starts one from the 大促 template, with its milestones, Gantt and dates', async () => {
    const page = await offlinePage(browser(), { width: 1400, height: 900 });
    const problems = watch(page);
    await page.goto(`${server().url}/taskpane.html?view=timeline&sample=empty`);
    await page.getByTestId('template').click();
    await page.getByRole('option', { name: /^大促（双11\/618）/ }).click();
    for (const [name, value] of [
      ['预热', '2026-10-20T00:00'],
      ['蓄水', '2026-11-01T00:00'],
      ['爆发', '2026-11-11T00:00'],
      ['返场', '2026-11-12T00:00'],
    ]) {
      await page.getByTestId(`milestone-${name}`).fill(value!);
    }
    expect(await page.getByTestId('gantt').isChecked()).toBe(true);
    await page.getByTestId('generate').click();
    expect(await page.getByTestId('timeline-done').textContent()).toContain(
      '已为 16 个事项生成计划时间',
    );
    const preview = page.getByTestId('preview');
    await preview.getByRole('tab', { name: '大促推进表', exact: true }).click();
    await preview.locator('td', { hasText: '零点核对价格与库存' }).waitFor();
    expect(await preview.locator('td', { hasText: '2026-11-11' }).count()).toBeGreaterThan(0);
    await page.screenshot({ path: path.join(RESULTS, 'template-dacu.png') });
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('预算表 in the task pane (preview mode)', () => {
  const { browser, server } = chromiumSession();

  it('creates a budget with the usual categories, then reads it back to update, and undoes it', async () => {
    const page = await offlinePage(browser(), { width: 1400, height: 900 });
    const problems = watch(page);
    await page.goto(`${server().url}/taskpane.html?view=budget`);
    await page.getByTestId('budget-view').waitFor();
    const run = page.getByTestId('budget-run');
    expect(await run.textContent()).toBe('新建预算表');
    await run.click();
    expect(await page.getByTestId('budget-done').textContent()).toContain('预算表已更新');
    const preview = page.getByTestId('preview');
    await preview.getByRole('tab', { name: '预算', exact: true }).click();
    await preview.locator('td', { hasText: '预算总额' }).waitFor();
    expect(await preview.locator('td', { hasText: '淘客佣金' }).count()).toBe(1);
    await page.getByText('更新预算表').waitFor();
    expect(await page.getByTestId('role-item').textContent()).toContain('B 项目');
    await page.screenshot({ path: path.join(RESULTS, 'budget-created.png') });
    await page.getByTestId('restore').click();
    await preview.getByRole('tab', { name: '预算', exact: true }).waitFor({ state: 'detached' });
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('计算ROI in the task pane (preview mode)', () => {
  const { browser, server } = chromiumSession();

  it('shows where 毛利率 and 总投入 come from, computes, reads the key figures back, names the losing channel, and undoes it', async () => {
    const page = await offlinePage(browser(), { width: 1400, height: 900 });
    const problems = watch(page);
    await page.goto(`${server().url}/taskpane.html?view=roi`);
    await page.getByTestId('roi-view').waitFor();
    const sources = await page.getByTestId('roi-sources').textContent();
    expect(sources).toContain('毛利率：表中“毛利率”单元格');
    expect(sources).toContain('总投入：渠道表“推广渠道”的花费合计');
    expect(await page.getByTestId('role-gmv').textContent()).toContain('F 支付金额');
    await page.getByTestId('roi-run').click();
    expect(await page.getByTestId('roi-done').textContent()).toBe(
      '已写入 16 项指标（7 行数据），全部是公式，追加的数据行也会计入。',
    );
    // The sample's figures from their definitions, money shown in yuan: GMV 1,148,400; spend 118,000; margin 35%; refunds 36,520.
    const figure = (label: string) => page.getByTestId(`figure-${label}`).textContent();
    expect(await figure('支付金额')).toBe('¥1,148,400.00');
    expect(await figure('投入产出比')).toBe((1148400 / 118000).toFixed(2));
    expect(await figure('净利润')).toBe('¥271,158.00');
    expect(await figure('保本ROI')).toBe((1 / 0.35).toFixed(2));
    expect(await page.getByTestId('roi-issues').textContent()).toContain(
      '渠道“引力魔方”的 ROI 为 2.40，低于保本ROI 2.86',
    );
    const preview = page.getByTestId('preview');
    await preview.getByRole('tab', { name: '店铺数据', exact: true }).click();
    await preview.locator('td', { hasText: '活动指标' }).waitFor();
    await page.screenshot({ path: path.join(RESULTS, 'roi-computed.png') });
    await page.getByTestId('restore').click();
    await preview.locator('td', { hasText: '活动指标' }).waitFor({ state: 'detached' });
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('目标拆解 in the task pane (preview mode)', () => {
  const { browser, server } = chromiumSession();

  it('writes the 目标 and 爆发日 sheets from a target typed in the pane, shows them, and undoes it', async () => {
    const page = await offlinePage(browser(), { width: 1400, height: 900 });
    const problems = watch(page);
    await page.goto(`${server().url}/taskpane.html?view=targets`);
    await page.getByTestId('targets-view').waitFor();
    await page.getByTestId('targets-target').fill('1500000');
    await page.getByTestId('targets-target').press('Enter');
    // Rates are typed as the sheet shows them, in percent: 2.5 for 2.5 %.
    await page.getByTestId('targets-conversion').fill('2.5');
    await page.getByTestId('targets-conversion').press('Enter');
    await page.getByTestId('targets-aov').fill('250');
    await page.getByTestId('targets-aov').press('Enter');
    await page.getByTestId('targets-run').click();
    expect(await page.getByTestId('targets-done').textContent()).toContain('目标拆解已写入');
    const preview = page.getByTestId('preview');
    await preview.getByRole('tab', { name: '目标', exact: true }).click();
    await preview.getByRole('cell', { name: '保本转化率', exact: true }).waitFor();
    // The target typed in the pane, not the assumption, is what the sheet starts from.
    expect(await preview.locator('td', { hasText: '1,500,000' }).count()).toBeGreaterThan(0);
    // 访客数 = 1,500,000 ÷ (2.5 % × 250) = 240,000: the rates reached the sheet as rates.
    expect(await preview.locator('td', { hasText: '240,000' }).count()).toBeGreaterThan(0);
    expect(await preview.getByRole('tab', { name: '爆发日', exact: true }).count()).toBe(1);
    await page.screenshot({ path: path.join(RESULTS, 'targets-written.png') });
    await page.getByTestId('restore').click();
    await preview.getByRole('tab', { name: '目标', exact: true }).waitFor({ state: 'detached' });
    expect(problems).toEqual([]);
    await page.close();
  });
});
