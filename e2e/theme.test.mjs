// Light and dark: the page follows the system's theme or the reader's choice, and both are
// readable (WCAG AA contrast, checked by axe-core in the page); reduced motion is honoured.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';

import { serve } from './server.mjs';
import { launch, openPage, untilLive } from './browser.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));

let site;
let browser;

before(async () => {
  // axe-core is served beside the page, so the page's own policy lets it run.
  site = await serve([`${here}../dist`, `${here}../node_modules/axe-core`]);
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await site?.close();
});

/** The relative luminance (WCAG) of the page's background. */
const backgroundLuminance = (page) => page.evaluate(() => {
  const [r, g, b] = getComputedStyle(document.documentElement).backgroundColor.match(/\d+/g).map(Number)
    .map((c) => c / 255).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
});

/** axe-core's colour-contrast failures on the page as it is, one line each. */
async function contrastFailures(page) {
  // Colours are read once they have stopped changing (events fade to a new background).
  await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished)));
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ url: `${site.url}axe.min.js` });
  const found = await page.evaluate(async () => {
    const result = await window.axe.run(document, { runOnly: ['color-contrast'] });
    return result.violations.flatMap((v) => v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary}`));
  });
  return found;
}

test('light and dark, as the system is, both meet AA contrast with an event selected', async () => {
  const page = await openPage(browser, site.url);
  await page.click('[data-event-id="summit-2019"]');
  await page.locator('article mark').first().waitFor();
  const luminance = {};
  for (const colorScheme of ['light', 'dark']) {
    await page.emulateMedia({ colorScheme });
    luminance[colorScheme] = await backgroundLuminance(page);
    assert.deepEqual(await contrastFailures(page), [], `${colorScheme}: every text meets AA contrast`);
  }
  assert.ok(luminance.light > 0.8 && luminance.dark < 0.05, `a light and a dark page: ${JSON.stringify(luminance)}`);
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('the theme chosen overrides the system, is kept, and is drawn from the first paint', async () => {
  const context = await browser.newContext({ colorScheme: 'light', viewport: { width: 1280, height: 900 } });
  // The page's background as its first view is drawn, before the app runs.
  await context.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      window.firstView = {
        prerendered: Boolean(document.getElementById('prerendered')),
        background: getComputedStyle(document.documentElement).backgroundColor,
      };
    });
  });
  const page = await context.newPage();
  await page.goto(site.url);
  await untilLive(page);
  const menu = page.getByLabel('Theme');
  assert.equal(await menu.inputValue(), 'system');
  const light = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);

  await menu.selectOption('dark');
  assert.ok(await backgroundLuminance(page) < 0.05, 'dark at once');
  await page.reload();
  await untilLive(page);
  const first = await page.evaluate(() => window.firstView);
  assert.ok(first.prerendered, 'measured on the first view');
  assert.notEqual(first.background, light, 'the first view is drawn dark, not light first');
  assert.equal(await page.getByLabel('Theme').inputValue(), 'dark');
  assert.ok(await backgroundLuminance(page) < 0.05);
  assert.deepEqual(await contrastFailures(page), [], 'the dark theme chosen on a light system meets AA contrast');

  await page.getByLabel('Theme').selectOption('system');
  await page.reload();
  await untilLive(page);
  assert.equal(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor), light);
  await context.close();
});

test('with reduced motion, the page jumps to an event\'s evidence and nothing fades', async () => {
  const page = await browser.newPage({ reducedMotion: 'reduce', viewport: { width: 1280, height: 700 } });
  await page.goto(site.url);
  await untilLive(page);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.click('[data-event-id="summit-2024"]');
  // In the frame after the click, not after a glide.
  const state = await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => {
    const box = document.querySelector('article mark').getBoundingClientRect();
    done({ inView: box.top >= 0 && box.bottom <= innerHeight, animations: document.getAnimations().length, scrolled: scrollY });
  })));
  assert.ok(state.scrolled > 0 && state.inView, JSON.stringify(state));
  assert.equal(state.animations, 0, 'no fades');
  await page.close();
});
