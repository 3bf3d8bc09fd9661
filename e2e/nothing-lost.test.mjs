// Nothing the reader has is lost: two tabs editing the same timeline see each other's saves.
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
