// Nothing the reader has is lost: two tabs editing the same timeline see each other's saves,
// and what is typed but not yet applied comes back after a reload.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';

import { serve } from './server.mjs';
import { launch, openPage, untilLive } from './browser.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));

let site;
let browser;

before(async () => {
  site = await serve([`${here}../dist`], { prefix: '/sourceline/' });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await site?.close();
});

const title = (page, id) => page.locator(`[data-event-id="${id}"] .title`).textContent();

async function rename(page, id, name) {
  await page.locator(`[data-event-id="${id}"]`).click();
  const editor = page.getByRole('region', { name: 'Edit event' });
  await editor.getByLabel('Title').fill(name);
  await editor.getByRole('button', { name: 'Rename' }).click();
  await page.locator('.title', { hasText: name }).first().waitFor();
}

/** Opens the page in `context`, which it shares with the other tabs of the test. */
async function tab(context) {
  const page = await context.newPage();
  page.problems = [];
  page.on('pageerror', (error) => page.problems.push(`uncaught: ${error.message}`));
  await page.goto(site.url);
  await untilLive(page);
  return page;
}

describe('two tabs', () => {
  test('each learns of the other\'s saves and shows them, so neither overwrites the other unseen', async () => {
    const context = await browser.newContext();
    const first = await tab(context);
    await rename(first, 'treaty-1961', 'Treaty of 1961');
    const second = await tab(context);
    assert.equal(await title(second, 'treaty-1961'), 'Treaty of 1961', 'the second reopens the kept timeline');

    await rename(first, 'summit-2019', 'Hanoi summit');
    await second.getByRole('alert').filter({ hasText: 'was changed in another tab or window' }).waitFor();
    assert.equal(await title(second, 'summit-2019'), 'Hanoi summit');

    // The second tab's edit starts from the first tab's save, and the first sees it in turn.
    await rename(second, 'summit-2023', 'Vostochny summit');
    await first.getByRole('alert').filter({ hasText: 'was changed in another tab or window' }).waitFor();
    assert.equal(await title(first, 'summit-2023'), 'Vostochny summit');
    assert.equal(await title(first, 'summit-2019'), 'Hanoi summit');
    assert.equal(await title(first, 'treaty-1961'), 'Treaty of 1961');

    // Undo in the first tab brings back what it had before the second tab's save.
    await first.getByRole('button', { name: 'Undo' }).click();
    await first.locator('.title', { hasText: 'Kim visits Russia for the second summit' }).waitFor();
    assert.equal(await title(first, 'summit-2019'), 'Hanoi summit');
    await second.locator('.title', { hasText: 'Kim visits Russia for the second summit' }).waitFor();

    // Deleted from the Library in one tab: the other says so and keeps it on screen.
    await first.getByText(/^Library \(\d+\)$/).click();
    await first.getByRole('button', { name: /^Delete ".*" from the Library$/ }).click();
    await second.getByRole('alert').filter({ hasText: 'was deleted from the Library in another tab or window' }).waitFor();
    assert.equal(await second.locator('[data-event-id]').count(), 6);
    assert.deepEqual([...first.problems, ...second.problems], []);
    await context.close();
  });
});

describe('a reload in the middle of an edit', () => {
  test('keeps an article typed but not built, and its date', async () => {
    const page = await openPage(browser, site.url);
    await page.getByText('Your own article').click();
    const text = 'Harbor bridge\n\nThe bridge reopened on Thursday after a barge struck it in February 2011.';
    await page.getByLabel('Article text').fill(text);
    await page.getByLabel('Published', { exact: true }).fill('2013-03-22');
    await page.reload();
    await untilLive(page);
    await page.getByText('Your own article').click();
    assert.equal(await page.getByLabel('Article text').inputValue(), text);
    assert.equal(await page.getByLabel('Published', { exact: true }).inputValue(), '2013-03-22');
    await page.getByRole('button', { name: 'Build timeline' }).click();
    await page.waitForSelector('[data-date="2011-02"]');
    assert.deepEqual(page.problems, []);
    await page.close();
  });

  test('keeps a title typed but not applied, and applies it when another event is chosen', async () => {
    const page = await openPage(browser, site.url);
    await page.locator('[data-event-id="summit-2019"]').click();
    const editor = page.getByRole('region', { name: 'Edit event' });
    const original = await editor.getByLabel('Title').inputValue();
    await editor.getByLabel('Title').fill('Hanoi summit, half typed');
    await page.reload();
    await untilLive(page);
    await editor.waitFor();
    assert.equal(await editor.getByLabel('Title').inputValue(), 'Hanoi summit, half typed');
    assert.equal(await title(page, 'summit-2019'), original, 'not applied until Rename');
    await page.locator('[data-event-id="summit-2023"]').click();
    await page.locator('.title', { hasText: 'Hanoi summit, half typed' }).waitFor();
    await page.locator('[data-event-id="summit-2019"]').click();
    assert.equal(await editor.getByLabel('Title').inputValue(), 'Hanoi summit, half typed');
    assert.deepEqual(page.problems, []);
    await page.close();
  });
});
