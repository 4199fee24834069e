/**
 * Draws the add-in's icons (assets/icon-SIZE.png) with Chromium: a white 推 on a green rounded
 * square. Run `node scripts/make-icons.js` after changing the design; the PNGs are committed.
 */
const path = require('node:path');
const { launchChromium } = require('./chromium');

const SIZES = [16, 32, 64, 80, 128];

(async () => {
  const browser = await launchChromium();
  for (const size of SIZES) {
    const page = await browser.newPage({
      viewport: { width: size, height: size },
      deviceScaleFactor: 1,
    });
    const radius = Math.round(size * 0.2);
    await page.setContent(`<html><body style="margin:0;background:transparent">
      <div style="width:${size}px;height:${size}px;border-radius:${radius}px;background:#1f7a4d;display:flex;align-items:center;justify-content:center;
        color:#fff;font-family:'Noto Sans CJK SC','Noto Sans CJK JP',sans-serif;font-weight:700;font-size:${Math.round(size * 0.72)}px;line-height:1">推</div>
    </body></html>`);
    await page.screenshot({
      path: path.join(__dirname, '..', 'assets', `icon-${size}.png`),
      omitBackground: true,
    });
    await page.close();
  }
  await browser.close();
})().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
