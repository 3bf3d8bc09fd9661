// End-to-end tests of a long timeline: 10,000 generated events, hosted beside the built dist/.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { serve } from './server.mjs';
import { launch, openPage } from './browser.mjs';
import { sourcelineTimeline } from './generate.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const COUNT = 10_000;
const generated = sourcelineTimeline(COUNT);
// The page shows events in date order; events of one day keep the file's order.
const byDate = generated.events.map((e, i) => [e.date, i, e.id]).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1]));

let site;
let browser;
let folder;

before(async () => {
  folder = await mkdtemp(join(tmpdir(), 'sourceline-long-'));
  await writeFile(join(folder, 'long.timeline.json'), JSON.stringify(generated));
  site = await serve([`${here}../dist`, folder], { prefix: '/long/' });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await site?.close();
  await rm(folder, { recursive: true, force: true });
});

/**
 * Opens the page with the long timeline, once all of it has replaced the seed (its first
 * events may be shown while the rest is read).
 */
async function open(hash = '') {
  const page = await openPage(browser, `${site.url}?timeline=long.timeline.json${hash}`);
  await page.waitForFunction((count) => document.querySelector('.timeline-bar .hint')?.textContent.startsWith(`${count} events`), COUNT);
  await page.waitForSelector('button.cluster');
  return page;
}
const drawn = (page) => page.evaluate(() => ({
  events: document.querySelectorAll('ol[aria-label="Timeline"] [data-event-id]').length,
  clusters: document.querySelectorAll('ol[aria-label="Timeline"] button.cluster').length,
  elements: document.getElementsByTagName('*').length,
}));

describe('a timeline of 10,000 events', () => {
  test('draws only what is in view; a cluster counts its events and zooms in on them', async () => {
    const page = await open();
    assert.match(await page.locator('.timeline-bar .hint').textContent(), /10000 events/);
    const first = await drawn(page);
    assert.ok(first.events + first.clusters < 200, JSON.stringify(first));
    assert.ok(first.elements < 2_000, `${first.elements} elements in the page`);

    const cluster = page.locator('button.cluster').first();
    const label = await cluster.getAttribute('aria-label');
    const told = Number(label.split(' ')[0]);
    assert.ok(told > 1, label);
    assert.ok((await cluster.textContent()).startsWith(String(told)));
    const width = () => page.locator('.canvas').evaluate((c) => c.getBoundingClientRect().width);
    const before = await width();
    await cluster.click();
    await page.waitForFunction((w) => document.querySelector('.canvas').getBoundingClientRect().width > w * 1.5, before);

    // Panned far along, what comes into view is drawn, and the count stays bounded.
    await page.locator('.viewport').evaluate((v) => { v.scrollLeft = v.scrollWidth / 2; });
    await page.waitForFunction(() => {
      const viewport = document.querySelector('.viewport').getBoundingClientRect();
      return [...document.querySelectorAll('ol[aria-label="Timeline"] button')].some((b) => {
        const box = b.getBoundingClientRect();
        return box.right > viewport.left && box.left < viewport.right;
      });
    });
    const panned = await drawn(page);
    assert.ok(panned.events + panned.clusters < 200, JSON.stringify(panned));
    assert.deepEqual(page.problems, []);
    await page.close();
  });

  test('the keyboard reaches the last event; an #event= link draws its event in view', async () => {
    const page = await open();
    const focused = () => page.evaluate(() => document.activeElement?.dataset?.eventId ?? null);
    for (let i = 0; i < 20 && (await focused()) === null; i += 1) await page.keyboard.press('Tab');
    assert.equal(await focused(), byDate[0][2]);
    await page.keyboard.press('End');
    await page.waitForFunction((id) => document.activeElement?.dataset?.eventId === id, byDate.at(-1)[2]);
    await page.keyboard.press('ArrowLeft');
    await page.waitForFunction((id) => document.activeElement?.dataset?.eventId === id, byDate.at(-2)[2]);
    await page.close();

    const linked = await open('#event=record-5000');
    const button = linked.locator('[data-event-id="record-5000"]');
    await button.waitFor();
    assert.equal(await button.getAttribute('aria-pressed'), 'true');
    await linked.waitForFunction(() => {
      const box = document.querySelector('[data-event-id="record-5000"]').getBoundingClientRect();
      const view = document.querySelector('.viewport').getBoundingClientRect();
      return box.left >= view.left - 1 && box.right <= view.right + 1;
    });
    assert.ok((await linked.locator('article mark').count()) > 0, 'its evidence is marked');
    assert.deepEqual(linked.problems, []);
    await linked.close();
  });
});
