// When the background worker cannot do its work, the page does it: a worker script that
// fails, and one that never answers, served as a broken host would serve them.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { HARBOR_BRIDGE, HARBOR_BRIDGE_DATES } from './articles.mjs';
import { serve } from './server.mjs';
import { launch, openPage } from './browser.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const LOADER = 'sourceline-worker_loader.js';

let browser;
const folders = [];
const sites = [];

/** Serves dist/ with the worker's loader replaced by `loader`. */
async function siteWithLoader(loader) {
  const folder = await mkdtemp(join(tmpdir(), 'sourceline-worker-'));
  folders.push(folder);
  await writeFile(join(folder, LOADER), loader);
  const site = await serve([folder, `${here}../dist`], { prefix: '/sourceline/' });
  sites.push(site);
  return site;
}

before(async () => {
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await Promise.all(sites.map((s) => s.close()));
  await Promise.all(folders.map((f) => rm(f, { recursive: true, force: true })));
});

async function build(page) {
  await page.getByText('Your own article').click();
  await page.getByLabel('Article text').fill(HARBOR_BRIDGE);
  await page.getByRole('button', { name: 'Build timeline' }).click();
  await page.waitForSelector('[data-date="2024-10-14"]', { timeout: 30_000 });
  const dates = await page.locator('[data-event-id]').evaluateAll((b) => b.map((x) => x.dataset.date));
  assert.deepEqual(dates, HARBOR_BRIDGE_DATES);
}

describe('a worker that cannot do the work', () => {
  test('one whose script fails: the article is read on the page, which says so', async () => {
    const site = await siteWithLoader("throw new Error('this worker script is broken');\n");
    const page = await openPage(browser, site.url);
    await build(page);
    await page.getByRole('alert').filter({ hasText: 'The background worker failed, so the work was done on this page instead' }).waitFor();
    assert.deepEqual(page.problems.filter((p) => !p.includes('this worker script is broken')), []);
    await page.close();
  });

  test('one that never answers: after ten seconds the page reads the article itself', async () => {
    const site = await siteWithLoader('// Never says it is ready.\n');
    const page = await openPage(browser, site.url);
    const started = Date.now();
    await build(page);
    assert.ok(Date.now() - started >= 10_000, 'the worker was given its ten seconds');
    await page.getByRole('alert').filter({ hasText: 'did not answer within 10 seconds' }).waitFor();
    assert.deepEqual(page.problems, []);
    await page.close();
  });

  test('one that cannot start, and no wasm to read with: a clear message, the timeline stays', async () => {
    const site = await siteWithLoader("throw new Error('this worker script is broken');\n");
    const page = await openPage(browser, site.url);
    await page.route('**/sourceline-worker_bg.wasm', (route) => route.fulfill({ status: 404, body: 'gone' }));
    await page.getByText('Your own article').click();
    await page.getByLabel('Article text').fill(HARBOR_BRIDGE);
    await page.getByRole('button', { name: 'Build timeline' }).click();
    const alert = page.getByRole('alert');
    await alert.filter({ hasText: 'The article was not read' }).waitFor({ timeout: 30_000 });
    assert.match(await alert.textContent(), /the background worker failed, and this page could not do the work either \(.*404/);
    assert.equal(await page.locator('[data-event-id]').count(), 6, 'the seed timeline stays');
    assert.equal(await page.getByLabel('Article text').inputValue(), HARBOR_BRIDGE, 'the text stays');
    await page.close();
  });
});
