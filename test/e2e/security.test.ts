import * as path from 'node:path';
import { promises as fs } from 'node:fs';
import type { Browser } from 'playwright-core';
import { parseHTML } from 'linkedom';
import { OFFICE_CDN } from '../../src/taskpane/loadOffice';
import { serveFolder } from '../support/staticServer';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { launchChromium } = require('../../scripts/chromium') as {
  launchChromium: () => Promise<Browser>;
};

jest.setTimeout(120_000);

const DIST = path.resolve(__dirname, '../../dist');
/** The one origin outside our own a page may load from: office.js's CDN, as Microsoft requires. */
const CDN_ORIGIN = new URL(OFFICE_CDN).origin;

/** Every file of the production build, as paths below the site root. */
async function builtFiles(dir = DIST, prefix = ''): Promise<Set<string>> {
  const out = new Set<string>();
  for (const e of await fs.readdir(dir, { withFileTypes: true })) {
    const rel = `${prefix}/${e.name}`;
    if (e.isDirectory()) for (const f of await builtFiles(path.join(dir, e.name), rel)) out.add(f);
    else out.add(rel);
  }
  return out;
}

describe('task pane security (production build)', () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serveFolder>>;
  beforeAll(async () => {
    server = await serveFolder(DIST);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it.each(['taskpane.html', 'commands.html'])(
    '%s carries a CSP with scripts from its own origin and the office.js CDN only, and no inline script',
    async (page) => {
      const { document } = parseHTML(await fs.readFile(path.join(DIST, page), 'utf8'));
      const csp =
        document
          .querySelector('meta[http-equiv="Content-Security-Policy"]')
          ?.getAttribute('content') ?? '';
      const directives = Object.fromEntries(
        csp
          .split(';')
          .map((d) => d.trim().split(/\s+/))
          .map(([name, ...values]) => [name, values]),
      );
      expect(directives['default-src']).toEqual(["'self'"]);
      expect(directives['script-src']).toEqual(["'self'", CDN_ORIGIN]);
      const scripts = [...document.querySelectorAll('script')];
      expect(scripts.map((s) => s.getAttribute('src'))[0]).toBe(OFFICE_CDN);
      for (const s of scripts.slice(1))
        expect([s.getAttribute('src'), s.textContent?.trim()]).toEqual([
          expect.stringMatching(/^[\w./-]+\.js$/),
          '',
        ]);
      expect(scripts[0]?.textContent?.trim()).toBe('');
      const handlers = [...document.querySelectorAll('*')].flatMap((el) =>
        [...el.attributes].map((a) => a.name).filter((n) => n.startsWith('on')),
      );
      expect(handlers).toEqual([]);
    },
  );

  it('refuses eval, breaks no policy while used, and asks only for its own files and office.js on the CDN', async () => {
    const files = await builtFiles();
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    // Offline, as this machine is: the CDN refuses, and the pane loads its copy of office.js.
    await page.route(`${CDN_ORIGIN}/**`, (route) => route.abort('internetdisconnected'));
    const requests: string[] = [];
    const violations: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    page.on(
      'console',
      (m) => /Content Security Policy/i.test(m.text()) && violations.push(m.text()),
    );
    await page.addInitScript(() =>
      document.addEventListener('securitypolicyviolation', (e) =>
        console.error(`Content Security Policy violation: ${e.violatedDirective} ${e.blockedURI}`),
      ),
    );
    await page.goto(`${server.url}/taskpane.html?view=roi`);
    await page.getByTestId('roi-view').waitFor();
    await page.getByTestId('roi-run').click();
    await page.getByTestId('roi-done').waitFor();
    await page.getByTestId('tab-budget').click();
    await page.getByTestId('budget-run').click();
    await page.getByTestId('budget-done').waitFor();
    await page.getByTestId('tab-timeline').click();
    await page.getByTestId('timeline-view').waitFor();
    // The page itself may not evaluate strings as code.
    await page.evaluate(`setTimeout('window.__stringRan = true', 0)`);
    await page.waitForTimeout(200);
    expect(await page.evaluate('window.__stringRan === true')).toBe(false);
    violations.length = 0; // the probe above is the one violation we caused on purpose
    await page.getByTestId('tab-roi').click();
    await page.getByTestId('roi-view').waitFor();
    expect(violations).toEqual([]);
    const paths = requests
      .map((u) => new URL(u))
      .map((u) => (u.origin === server.url ? u.pathname : u.href));
    expect(paths.filter((p) => !files.has(decodeURI(p)))).toEqual([OFFICE_CDN]);
    expect(
      paths
        .filter((p) => p.endsWith('.js') && !p.startsWith('/office-js/') && p !== OFFICE_CDN)
        .every((p) => /^\/[\w-]+\.[0-9a-f]{8}\.js$/.test(p)),
    ).toBe(true);
    await page.close();
  });
});
