// End-to-end tests of dates before the common era, deep time and the older TimelineJS format:
// files written for these tests, hosted beside the built dist/ and opened with ?timeline=.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { serve } from './server.mjs';
import { launch, openPage } from './browser.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));

// Each file's events in date order: id, TimeML value (data-date) and the label shown.
const FILES = {
  'cosmos.timelinejs.json': [
    ['big-bang', 'BC13800000000', '13.8 billion years ago'],
    ['earth', 'BC4540000000', '4.54 billion years ago'],
    ['dinosaurs', 'BC66000000', '66 million years ago'],
    ['marathon', 'BC0490-09', 'September 490 BC'],
    ['augustus', '0014-08-19', '19 August AD 14'],
    ['moon-landing', '1969-07-20', '20 July 1969'],
  ],
  'spring.timeline2.json': [
    ['vendor-protest', '2010-12-17', '17 December 2010'],
    ['the-president-flees', '2011-01-14', '14 January 2011'],
    ['protests-spread', '2011-02', 'February 2011'],
    ['long-uprising', '2011-03-15/2011-10-20', '15 March 2011 to 20 October 2011'],
  ],
  'ancient.timeline2.json': [
    ['rome-founded', 'BC0753', '753 BC'],
    ['the-second-punic', 'BC0218/BC0201', '218 BC to 201 BC'],
    ['battle-actium', 'BC0031-09-02', '2 September 31 BC'],
    ['teutoburg-forest', '0009-09', 'September AD 9'],
  ],
};

let site;
let browser;
let saved;

before(async () => {
  saved = await mkdtemp(join(tmpdir(), 'sourceline-eras-'));
  site = await serve([`${here}../dist`, `${here}fixtures`, saved], { prefix: '/eras/' });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await site?.close();
  await rm(saved, { recursive: true, force: true });
});

/** The events on the axis, in the order drawn: id, value and the date label shown. */
const events = (page) => page.locator('ol[aria-label="Timeline"] [data-event-id]').evaluateAll((all) => all.map((b) => [
  b.dataset.eventId, b.dataset.date, b.querySelector('.date').textContent,
]));
const ticks = (page) => page.locator('.tick').allTextContents();

/** Opens `file` hosted beside the page, once its first event has replaced the seed. */
async function open(file, first) {
  const page = await openPage(browser, `${site.url}?timeline=${file}`);
  await page.waitForSelector(`[data-event-id="${first}"]`);
  return page;
}

describe('dates before the common era and deep time', () => {
  for (const [file, expected] of Object.entries(FILES)) {
    test(`${file}: every event in date order with its label; zooms across the range; exports and reopens`, async () => {
      const page = await open(file, expected[0][0]);
      assert.deepEqual(await events(page), expected);
      const labels = await ticks(page);
      assert.ok(labels.length > 0 && labels.every((l) => !/^-|NaN|undefined/.test(l)), labels.join(' | '));

      // From the closest zoom to the farthest, the axis draws without breaking.
      const zoomIn = page.getByRole('button', { name: 'Zoom in' });
      const zoomOut = page.getByRole('button', { name: 'Zoom out' });
      while (await zoomIn.isEnabled()) await zoomIn.click();
      assert.ok((await ticks(page)).length > 0, 'ticks at the closest zoom');
      while (await zoomOut.isEnabled()) await zoomOut.click();
      // Far out, events too close to draw apart are counted by a cluster marker instead.
      // (The keyboard's tab stop is drawn even inside a cluster.)
      const drawn = await events(page);
      const counted = await page.locator('button.cluster').evaluateAll((all) => all.reduce((n, c) => n + Number(c.getAttribute('aria-label').split(' ')[0]), 0));
      assert.ok(drawn.every((e) => expected.some((x) => x[0] === e[0])), JSON.stringify(drawn));
      assert.ok(counted <= expected.length && drawn.length + counted >= expected.length, `${drawn.length} drawn, ${counted} counted`);
      for (const label of await page.locator('button.cluster .period').allTextContents()) {
        assert.doesNotMatch(label, / to .* to /, 'a cluster names one period');
      }
      assert.ok((await ticks(page)).length > 0, 'ticks at the farthest zoom');

      const [download] = await Promise.all([
        page.waitForEvent('download'), page.getByRole('button', { name: 'Export TimelineJS' }).click(),
      ]);
      const exported = `reopened-${file.replace(/\..*/, '')}.timelinejs.json`;
      await download.saveAs(join(saved, exported));
      const json = JSON.parse(await readFile(join(saved, exported), 'utf8'));
      assert.equal(json.events.length, expected.length);
      assert.deepEqual(page.problems, []);
      await page.close();

      const reopened = await open(exported, expected[0][0]);
      assert.deepEqual((await events(reopened)).map(([, date, label]) => [date, label]), expected.map(([, date, label]) => [date, label]));
      assert.deepEqual(reopened.problems, []);
      await reopened.close();
    });
  }

  test('deep time and years BC are named as a reader names them, on the breaks and the ticks', async () => {
    const page = await open('cosmos.timelinejs.json', 'big-bang');
    const breaks = await page.locator('.break').allTextContents();
    assert.ok(breaks.some((b) => /billion years/.test(b)), breaks.join(' | '));
    // Zoomed in from the Battle of Marathon, far enough for its centuries' labels, they are
    // ticked in years BC.
    await page.locator('[data-event-id="marathon"]').focus();
    for (let i = 0; i < 6 && !(await ticks(page)).some((l) => / BC$/.test(l)); i += 1) {
      await page.keyboard.press('+');
    }
    const labels = await ticks(page);
    assert.ok(labels.some((l) => / BC$/.test(l)), labels.join(' | '));
    assert.ok(labels.every((l) => !/^-|NaN|undefined/.test(l)), labels.join(' | '));
    await page.close();
  });
});
