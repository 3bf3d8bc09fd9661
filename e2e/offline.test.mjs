// Offline reading: after one visit the page's service worker keeps the build, so that the page
// opens and works without a network; a new build served in the old one's place replaces what
// is kept, whole. Each test has a server of its own (another address, another origin) and each
// page a browser context of its own, so no service worker outlives its test.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cp, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { integrity } from '../scripts/integrity.mjs';
import { serve } from './server.mjs';
import { launch, openPage, untilLive } from './browser.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const dist = `${here}../dist`;
const PREFIX = '/news/archive/2024/06/sourceline/';
const ARTICLE = 'Bridge reopens\n\nMarch 22, 2013\n\nThe bridge reopened on Thursday, two years after a barge struck it in February 2011.';

let browser;
/** A folder for the copies of dist/ the tests make. */
let work;

before(async () => {
  browser = await launch();
  work = await mkdtemp(join(tmpdir(), 'sourceline-offline-'));
});

after(async () => {
  await browser?.close();
  await rm(work, { recursive: true, force: true });
});

const marked = (page) => page.locator('article mark').allTextContents();
const eventIds = (page) => page.locator('[data-event-id]').evaluateAll((b) => b.map((x) => x.dataset.eventId));

/** Waits until the page's service worker has kept the build and controls the page. */
const untilKept = (page) => page.waitForFunction(() => navigator.serviceWorker.controller !== null);

/** The names of the caches the page's site keeps. */
const cacheNames = (page) => page.evaluate(() => caches.keys());

/** The address of every response the page's site keeps. */
const keptAddresses = (page) => page.evaluate(async () => {
  const kept = [];
  for (const name of await caches.keys()) {
    for (const request of await (await caches.open(name)).keys()) kept.push(request.url);
  }
  return kept;
});

/** Reloads `page` without a network: its address must be answered by the service worker. */
async function reloadOffline(page) {
  await page.context().setOffline(true);
  const response = await page.reload();
  assert.ok(response.fromServiceWorker(), 'the page comes from the service worker');
  await untilLive(page);
}

test('after one visit the page opens offline, live, and builds a pasted article', async () => {
  const site = await serve([dist], { prefix: PREFIX });
  const page = await openPage(browser, site.url);
  await untilKept(page);
  await reloadOffline(page);
  assert.deepEqual(await eventIds(page), ['treaty-1961', 'treaty-2000', 'summit-2000', 'summit-2019', 'summit-2023', 'summit-2024']);
  await page.click('[data-event-id="summit-2019"]');
  const marks = await marked(page);
  assert.equal(marks.length, 1);
  assert.match(marks[0], /the first in April 2019/);
  // The extractor runs in the background worker, whose files are kept too.
  await page.getByText('Your own article').click();
  await page.getByLabel('Article text').fill(ARTICLE);
  await page.getByRole('button', { name: 'Build timeline' }).click();
  await page.waitForSelector('[data-date="2013-03-21"]');
  assert.match(await page.locator('article').textContent(), /The bridge reopened on Thursday/);
  assert.deepEqual(page.problems, []);
  await page.close();
  await site.close();
});

test("a timeline file of the page's site opens offline once read; another site's is never kept", async () => {
  const site = await serve([dist, `${here}fixtures`], { prefix: PREFIX });
  const elsewhere = await serve([`${here}fixtures`], { prefix: '/files/', host: '127.0.0.2', cors: true });
  const page = await openPage(browser, site.url);
  await untilKept(page);

  await page.goto(`${site.url}?timeline=bridge.timeline.json#event=reopening`);
  await page.waitForSelector('[data-event-id="reopening"][aria-pressed="true"]');
  const other = `${elsewhere.url}bridge.timeline.json`;
  await page.goto(`${site.url}?timeline=${encodeURIComponent(other)}`);
  await page.locator('.byline .origin').waitFor();
  const kept = await keptAddresses(page);
  assert.ok(kept.includes(`${site.url}bridge.timeline.json`), kept.join('\n'));
  assert.deepEqual(kept.filter((url) => !url.startsWith(site.url)), [], "nothing of another site's is kept");

  // Offline, the other site's file cannot be read: the page says so and shows the seed.
  await reloadOffline(page);
  await page.getByRole('alert').filter({ hasText: 'was not loaded' }).waitFor();
  assert.equal(await page.locator('[data-event-id]').count(), 6);
  await page.goto(`${site.url}?timeline=bridge.timeline.json#event=reopening`);
  await page.waitForSelector('[data-event-id="reopening"][aria-pressed="true"]');
  assert.deepEqual(await eventIds(page), ['barge-strike', 'reopening']);
  await page.close();
  await site.close();
  await elsewhere.close();
});

/**
 * Makes `dir`, a copy of dist/, a build of its own, as the next release would be: its
 * stylesheet (a file named by its content) and its page differ, and its service worker is
 * written for it by the same step as in `make dist`.
 */
async function nextBuild(dir) {
  const stylesheet = (await readdir(dir)).find((name) => /^app-[0-9a-f]{8,16}\.css$/.test(name));
  const css = await readFile(join(dir, stylesheet), 'utf8');
  const changed = `${css}:root{--build:"B"}`;
  const renamed = `app-${createHash('sha256').update(changed).digest('hex').slice(0, 16)}.css`;
  const html = await readFile(join(dir, 'index.html'), 'utf8');
  const page = html
    .replace(stylesheet, renamed)
    .replace(integrity(css), integrity(changed))
    .replace('<title>', '<meta name=build content=B><title>');
  assert.equal(page.length, html.length + renamed.length - stylesheet.length + '<meta name=build content=B>'.length);
  await rm(join(dir, stylesheet));
  await writeFile(join(dir, renamed), changed);
  await writeFile(join(dir, 'index.html'), page);
  execFileSync('node', [`${here}../scripts/offline.mjs`, dir]);
}

/** Which build the page shows: its own mark and its stylesheet's, or nulls for build A. */
const build = (page) => page.evaluate(() => [
  document.querySelector('meta[name=build]')?.content ?? null,
  getComputedStyle(document.documentElement).getPropertyValue('--build') || null,
]);

test('a new build served in place of the kept one replaces it: its page online and offline, the old cache gone', async () => {
  const live = join(work, 'live');
  const next = join(work, 'next');
  await cp(dist, live, { recursive: true });
  await cp(dist, next, { recursive: true });
  await nextBuild(next);
  const site = await serve([live], { prefix: PREFIX });
  const page = await openPage(browser, site.url);
  await untilKept(page);
  const [first, ...others] = await cacheNames(page);
  assert.deepEqual(others, [], 'one cache: the build');
  assert.deepEqual(await build(page), [null, null]);

  // The host puts build B in place of build A.
  await rm(live, { recursive: true });
  await cp(next, live, { recursive: true });
  await page.reload();
  await untilLive(page);
  assert.deepEqual(await build(page), ['B', '"B"'], 'online, the page is the newest build at once');
  // The new service worker keeps build B, takes over and deletes build A's cache.
  const replaced = () => page.evaluate(async (old) => {
    const registration = await navigator.serviceWorker.ready;
    const names = await caches.keys();
    const inCharge = registration.active === navigator.serviceWorker.controller && !registration.waiting;
    return inCharge && names.length === 1 && names[0] !== old;
  }, first);
  for (let tries = 0; !(await replaced()); tries += 1) {
    assert.ok(tries < 100, `not replaced after 10 s: ${(await cacheNames(page)).join(', ')}`);
    await page.waitForTimeout(100);
  }

  await reloadOffline(page);
  assert.deepEqual(await build(page), ['B', '"B"'], 'offline, the kept page is build B');
  await page.click('[data-event-id="summit-2019"]');
  assert.match((await marked(page)).join(' '), /the first in April 2019/);
  assert.deepEqual(page.problems, []);
  await page.close();
  await site.close();
});

test('the page can be installed: its manifest names it, opens the page, and has an icon', async () => {
  const site = await serve([dist], { prefix: PREFIX });
  const page = await openPage(browser, site.url);
  const manifest = await page.evaluate(async () => {
    const link = document.querySelector('link[rel=manifest]');
    const response = await fetch(link.href);
    return { url: response.url, type: response.headers.get('content-type'), json: await response.json() };
  });
  assert.equal(manifest.type, 'application/manifest+json');
  assert.equal(manifest.json.name, 'Sourceline');
  assert.equal(manifest.json.display, 'standalone');
  assert.equal(new URL(manifest.json.start_url, manifest.url).href, site.url);
  const [icon] = manifest.json.icons;
  const drawn = await page.evaluate((src) => new Promise((done) => {
    const image = new Image();
    image.onload = () => done(image.naturalWidth > 0);
    image.onerror = () => done(false);
    image.src = src;
  }), new URL(icon.src, manifest.url).href);
  assert.ok(drawn, 'the icon draws');
  assert.deepEqual(page.problems, []);
  await page.close();
  await site.close();
});

test('served without its service worker (as by `trunk serve`), the page works and lets it be', async () => {
  const bare = join(work, 'bare');
  await cp(dist, bare, { recursive: true });
  await rm(join(bare, 'sw.js'));
  const site = await serve([bare], { prefix: PREFIX });
  const page = await openPage(browser, site.url);
  await page.click('[data-event-id="summit-2019"]');
  assert.equal((await marked(page)).length, 1);
  assert.equal(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length), 0);
  // Chromium notes the missing script in the console itself; the page raises no error.
  assert.deepEqual(page.problems.filter((problem) => !problem.includes('when fetching the script')), []);
  await page.close();
  await site.close();
});
