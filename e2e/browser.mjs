// Starts Debian's Chromium through Playwright, with the flags this project's machines need,
// and records what a page does wrong: console errors, uncaught exceptions, outside requests.
import { chromium } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';

export function launch() {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
  });
}

/** Opens a page that collects its problems in `page.problems` (a list of strings). */
export async function openPage(browser, url, { width = 1280, height = 900 } = {}) {
  const page = await browser.newPage({ viewport: { width, height } });
  const origin = new URL(url).origin;
  page.problems = [];
  page.on('console', (message) => {
    if (message.type() === 'error') page.problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => page.problems.push(`uncaught: ${error.message}`));
  page.on('request', (request) => {
    const target = request.url();
    if (!target.startsWith(origin) && !target.startsWith('data:')) page.problems.push(`outside request: ${target}`);
  });
  await page.goto(url);
  await untilLive(page);
  return page;
}

/**
 * Waits for the live page: the first view written into index.html shows the events before
 * the wasm runs, and the app removes it once its own page is drawn.
 */
export async function untilLive(page) {
  await page.waitForFunction(() => !document.getElementById('prerendered') && document.querySelector('[data-event-id]'));
}
