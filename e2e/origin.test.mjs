// A `?timeline=` file from another site says where it came from, beside the article, so that
// a link cannot pass another site's file off as this one's. The other site is a second server
// on another address, which lets any page read its files (CORS), as a public host would.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';

import { serve } from './server.mjs';
import { launch, openPage } from './browser.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));

let site;
let elsewhere;
let browser;

before(async () => {
  site = await serve([`${here}../dist`, `${here}fixtures`], { prefix: '/news/' });
  elsewhere = await serve([`${here}fixtures`], { prefix: '/files/', host: '127.0.0.2', cors: true });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await site?.close();
  await elsewhere?.close();
});

const label = (page) => page.locator('.byline .origin');

test('a timeline from another site is labelled with that site until another is opened', async () => {
  const file = `${elsewhere.url}bridge.timeline.json`;
  const page = await openPage(browser, `${site.url}?timeline=${encodeURIComponent(file)}#event=reopening`);
  await page.waitForSelector('[data-event-id="reopening"][aria-pressed="true"]');
  const host = new URL(file).host;
  assert.equal(await label(page).textContent(), `from ${host}`);
  assert.ok(await label(page).isVisible());
  assert.match(await page.locator('.byline').textContent(), new RegExp(`^from ${host.replace(/\./g, '\\.')} · Published on`), 'first in the byline, before the file\'s own words');
  // A file the reader opens is theirs: no label.
  await page.getByText('Your own article').click();
  await page.getByLabel('Open a file').setInputFiles(`${here}fixtures/bridge.timeline.json`);
  await label(page).waitFor({ state: 'detached' });
  assert.deepEqual(page.problems.filter((p) => !p.startsWith(`outside request: ${file}`)), []);
  await page.close();
});

test("a timeline of the page's own site has no such label", async () => {
  const page = await openPage(browser, `${site.url}?timeline=bridge.timeline.json#event=reopening`);
  await page.waitForSelector('[data-event-id="reopening"][aria-pressed="true"]');
  assert.equal(await label(page).count(), 0);
  assert.deepEqual(page.problems, []);
  await page.close();
});
