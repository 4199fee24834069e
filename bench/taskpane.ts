import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { serveFolder } from '../test/support/staticServer';
import { figure, median, type Figure } from './measure';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { launchChromium } = require('../../scripts/chromium') as {
  launchChromium: () => Promise<Browser>;
};

const DIST = path.resolve(__dirname, '../../dist');

/** What the task pane costs to load: gzipped JS of the production build, and time to first render. */
export async function taskpaneFigures(): Promise<Figure[]> {
  const js = (await fs.readdir(DIST)).filter((f) => f.endsWith('.js'));
  const gz = async (f: string) => gzipSync(await fs.readFile(path.join(DIST, f))).length / 1024;
  const entry = js.find((f) => /^taskpane\.[0-9a-f]{8}\.js$/.test(f));
  if (!entry) throw new Error('no production build in dist/: run npm run build');
  const entryKb = await gz(entry);
  let allKb = 0;
  for (const f of js.filter((x) => !x.startsWith('commands.'))) allKb += await gz(f);

  const server = await serveFolder(DIST);
  const browser = await launchChromium();
  const times: number[] = [];
  try {
    for (let i = 0; i < 5; i++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${server.url}/taskpane.html?view=timeline`);
      await page.getByTestId('pane').waitFor();
      times.push(Number(await page.evaluate('performance.now()')));
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return [
    figure('task pane', 'JS loaded in Excel (taskpane entry), gzipped', entryKb, 'KB', 300),
    figure('task pane', 'all JS incl. the preview-only formula engine, gzipped', allKb, 'KB'),
    figure(
      'task pane',
      'first render in Chromium (preview, cold context)',
      median(times),
      'ms',
      1500,
    ),
  ];
}
