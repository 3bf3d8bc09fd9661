// End-to-end tests of the timeline an article pasted as text from a page gets: its lines
// separated by single newlines, the date line found where it stands, and events titled by who
// did what, each with the sentences that tell it.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';

import { serve } from './server.mjs';
import { launch, openPage } from './browser.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));

/** An article as text copied from a page: headline, date line, one paragraph a line. */
const TUGBOAT = [
  'Tugboat sinks in Tagus estuary, two crew missing',
  'Thursday, October 3, 2024 ',
  'A tugboat sank in the Tagus estuary near Lisbon on Tuesday. Two crew members were reported missing.',
  'Rescuers found a life raft early Wednesday morning, the navy said.',
  'The tug had passed a safety inspection in June.',
  'The port authority has opened an inquiry.',
].join('\n');

let site;
let browser;

before(async () => {
  site = await serve([`${here}../dist`]);
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await site?.close();
});

/** Opens the page, pastes `article` and builds its timeline. */
async function built(article) {
  const page = await openPage(browser, site.url, { width: 1280, height: 800 });
  await page.getByText('Your own article').click();
  await page.getByLabel('Article text').fill(article);
  await page.getByRole('button', { name: 'Build timeline' }).click();
  await page.waitForFunction(() => !document.querySelector('[data-event-id="treaty-1961"]'));
  return page;
}

/** The events on the timeline, in date order: their dates and titles. */
const events = (page) => page.getByRole('list', { name: 'Timeline' }).locator('button[data-event-id]')
  .evaluateAll((all) => all.map((b) => [b.dataset.date, b.querySelector('.title')?.textContent]));

describe('an article pasted with single newlines', () => {
  test('its date line is found, and its events say who did what, each with its evidence', async () => {
    const page = await built(TUGBOAT);
    // The date line dates the text: nothing asks for "Published", and it is no event.
    assert.equal(await page.getByLabel('Published on').inputValue(), '2024-10-03');
    assert.equal(await page.getByRole('alert').filter({ hasText: 'Published' }).count(), 0);
    assert.deepEqual(await events(page), [
      ['2024-06', 'Tug had passed a safety inspection'],
      ['2024-10-01', 'Tugboat sank in the Tagus estuary near Lisbon'],
      ['2024-10-02', 'Rescuers found a life raft'],
    ]);
    // The sinking's evidence goes on past its date: the next sentence tells it too.
    await page.locator('[data-date="2024-10-01"]').click();
    assert.deepEqual(await page.locator('article mark').allTextContents(), [
      'A tugboat sank in the Tagus estuary near Lisbon on Tuesday.',
      'Two crew members were reported missing.',
    ]);
    // What is told in the present is the news of the days before the date line.
    await page.locator('[data-date="2024-10-02"]').click();
    assert.deepEqual(await page.locator('article mark').allTextContents(), [
      'Rescuers found a life raft early Wednesday morning, the navy said.',
      'The port authority has opened an inquiry.',
    ]);
    assert.deepEqual(page.problems, []);
    await page.close();
  });

  test('the headline is drawn as the headline and each line as a paragraph of its own', async () => {
    const page = await built(TUGBOAT);
    const paragraphs = await page.locator('article p').allTextContents();
    assert.deepEqual(paragraphs, TUGBOAT.split('\n').map((line) => line.trim()));
    const size = (n) => page.locator('article p').nth(n).evaluate((p) => parseFloat(getComputedStyle(p).fontSize));
    assert.ok((await size(0)) > (await size(2)), 'the headline is set larger than the story');
    await page.close();
  });
});
