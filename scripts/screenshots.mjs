#!/usr/bin/env node
// The README's screenshots, taken from the built dist/ in headless Chromium: light and dark,
// a phone, the printed page, and curating (an event's editor, an underlined date explained).
//
//   node scripts/screenshots.mjs   (after `make dist`; writes docs/*.png)
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { serve } from '../e2e/server.mjs';
import { launch, untilLive } from '../e2e/browser.mjs';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const site = await serve([`${root}/dist`]);
const browser = await launch();

/** Opens the seed at `event` in a page of `options`, and saves what `prepare` leaves on screen. */
async function shoot(name, options, event, prepare = async () => {}) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 860 }, ...options });
  await page.goto(`${site.url}#event=${event}`);
  await untilLive(page);
  await page.locator(`[data-event-id="${event}"][aria-pressed="true"]`).waitFor();
  // Scrolling to the evidence and fading done, then what the picture needs.
  const settled = async () => {
    await page.waitForTimeout(600);
    await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished)));
  };
  await settled();
  await prepare(page);
  await settled();
  await page.screenshot({ path: `${root}/docs/${name}.png` });
  await page.close();
  console.log(`docs/${name}.png`);
}

try {
  await shoot('screenshot', { colorScheme: 'light' }, 'summit-2024');
  await shoot('dark', { colorScheme: 'dark' }, 'summit-2019');
  await shoot('phone', { viewport: { width: 412, height: 860 }, isMobile: true, hasTouch: true }, 'summit-2000', async (page) => {
    await page.evaluate(() => window.scrollTo(0, 0));
  });
  await shoot('curating', { colorScheme: 'light' }, 'summit-2019', async (page) => {
    await page.locator('article mark .timex').first().focus();
  });
  await shoot('print', { viewport: { width: 794, height: 1123 } }, 'summit-2019', async (page) => {
    await page.emulateMedia({ media: 'print' });
    await page.locator('.printed').waitFor();
    await page.evaluate(() => window.scrollTo(0, 0));
  });
} finally {
  await browser.close();
  await site.close();
}
