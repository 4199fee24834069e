/** Chromium on the production build of the task pane, served offline: what the pane tests share. */
import * as path from 'node:path';
import { promises as fs } from 'node:fs';
import type { Browser, ConsoleMessage, Page } from 'playwright-core';
import { OFFICE_CDN } from '../../src/taskpane/loadOffice';
import { serveFolder } from './staticServer';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { launchChromium } = require('../../scripts/chromium') as {
  launchChromium: () => Promise<Browser>;
};

export const DIST = path.resolve(__dirname, '../../dist');
export const CDN_ORIGIN = new URL(OFFICE_CDN).origin;
export const RESULTS = path.resolve(__dirname, '../../test-results');

/**
 * Outside Office, office.js tries to frame Microsoft's telemetry proxy a few seconds after load;
 * our Content-Security-Policy (`frame-src 'self'`) blocks it, and Chromium logs the block as a
 * console error whose timing varies. That message is the CSP working, not a fault of the pane;
 * the requests check below still proves nothing left the origin but the office.js CDN.
 */
export const BLOCKED_TELEMETRY =
  /^Framing 'https:\/\/telemetryservice\.[^']*' violates .*frame-src 'self'/;

/**
 * The production page loads office.js from Microsoft's CDN. These tests run offline (the machine
 * has no internet, and `offlinePage` refuses the CDN so a connected machine runs the same test):
 * Chromium logs the failed load of exactly that URL once, and the pane goes on with the copy in
 * office-js/ (src/taskpane/loadOffice.ts). That one message is expected; any other is a fault.
 */
export const CDN_UNREACHABLE = (m: ConsoleMessage) =>
  m.location().url === OFFICE_CDN && /^Failed to load resource: net::ERR_/.test(m.text());

/** A page on which Microsoft's CDN cannot be reached, as on this offline machine. */
export async function offlinePage(browser: Browser, viewport: { width: number; height: number }) {
  const page = await browser.newPage({ viewport });
  await page.route(`${CDN_ORIGIN}/**`, (route) => route.abort('internetdisconnected'));
  return page;
}

/** Collects what goes wrong on a page: console errors, uncaught errors and failed responses. */
export function watch(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (m: ConsoleMessage) => {
    if (m.type() !== 'error' || BLOCKED_TELEMETRY.test(m.text()) || CDN_UNREACHABLE(m)) return;
    problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(String(e)));
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`${r.status()} ${r.url()}`);
  });
  return problems;
}

/** One Chromium and one static server of the production build for a describe block. */
export function chromiumSession() {
  const session = {} as { browser: Browser; server: Awaited<ReturnType<typeof serveFolder>> };
  beforeAll(async () => {
    await fs.access(path.join(DIST, 'taskpane.html')); // `npm test` builds first
    await fs.mkdir(RESULTS, { recursive: true });
    session.server = await serveFolder(DIST);
    session.browser = await launchChromium();
  });
  afterAll(async () => {
    await session.browser?.close();
    await session.server?.close();
  });
  return { browser: () => session.browser, server: () => session.server };
}

/** Types the sample campaign's milestones into the pane, as a planner would. */
export async function fillSampleMilestones(page: Page) {
  for (const [name, value] of [
    ['报名', '2026-11-23T00:00'],
    ['竞拍', '2026-11-27T00:00'],
    ['排期', '2026-12-12T00:00'],
    ['开团', '2026-12-12T10:00'],
    ['活动结束', '2026-12-13T10:00'],
  ] as const) {
    await page.getByTestId(`milestone-${name}`).fill(value);
  }
}
