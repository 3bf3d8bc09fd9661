// End-to-end tests of what a reader sees of a timeline at first: every event of an article on
// a card in sight on a wide screen, whole titles on hover and focus, zooms that keep the
// focused event in its place, a narrow list that opens at the news, and timelines from other
// tools opened with what can be read.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

import { serve } from './server.mjs';
import { launch, openPage } from './browser.mjs';
import { FLOODS, FLOODS_DATES, TRADE_DISPUTE, TRADE_DISPUTE_DATES } from './articles.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
/** A laptop's screen. */
const WIDE = { width: 1280, height: 800 };

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

/** Opens the page at `size`, pastes `article` and builds its timeline. */
async function built(article, size = WIDE) {
  const page = await openPage(browser, site.url, size);
  await page.getByText('Your own article').click();
  await page.getByLabel('Article text').fill(article);
  await page.getByRole('button', { name: 'Build timeline' }).click();
  await page.waitForFunction(() => !document.querySelector('[data-event-id="treaty-1961"]'));
  await page.getByText('Your own article').click();
  return page;
}

/**
 * What the timeline shows: each event's date and whether its button is wholly inside the
 * timeline's view, the cluster markers, and the pairs of cards that overlap.
 */
const shown = (page) => page.evaluate(() => {
  const view = document.querySelector('.timeline .viewport').getBoundingClientRect();
  const inside = (r) => r.width > 0 && r.left >= view.left - 1 && r.right <= view.right + 1
    && r.top >= view.top - 1 && r.bottom <= view.bottom + 1;
  const events = [...document.querySelectorAll('ol[aria-label="Timeline"] [data-event-id]')]
    .map((b) => [b.dataset.date, inside(b.getBoundingClientRect())]);
  const cards = [...document.querySelectorAll('.events > li:not(.cluster) > :is(.event, .listing)')]
    .map((c) => c.getBoundingClientRect());
  const overlaps = [];
  cards.forEach((a, i) => cards.slice(i + 1).forEach((b) => {
    const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
    const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
    if (w > 1 && h > 1) overlaps.push([a.left, a.top, b.left, b.top]);
  }));
  return { events, clusters: document.querySelectorAll('button.cluster').length, overlaps };
});

/** The share of the window's height the timeline takes while the article is read. */
async function shareWhileReading(page) {
  await page.evaluate(() => window.scrollTo(0, document.querySelector('article').offsetTop));
  return page.evaluate(() => document.querySelector('.timeline').getBoundingClientRect().height / window.innerHeight);
}

describe('every event of an article in sight on a wide screen', () => {
  for (const [name, article, dates, most] of [
    ['nine events: a treaty in 1965, then 2011, 2018, July 2019 and five in 2023', TRADE_DISPUTE, TRADE_DISPUTE_DATES, 1 / 3],
    ['twenty events: five across a century, fifteen on days of March', FLOODS, FLOODS_DATES, 0.42],
  ]) {
    test(`${name}: each on its own card, none hidden, none over another`, async () => {
      const page = await built(article);
      const { events, clusters, overlaps } = await shown(page);
      assert.deepEqual(events.map(([date]) => date), dates);
      assert.deepEqual(events.filter(([, inside]) => !inside), [], 'every card in sight');
      assert.equal(clusters, 0);
      assert.deepEqual(overlaps, []);
      // The weeks of news get their own stretch: the years before them are cut out.
      const breaks = await page.locator('.break').allTextContents();
      assert.ok(breaks.length >= 2, breaks.join(' | '));
      const share = await shareWhileReading(page);
      assert.ok(share <= most, `the timeline takes ${Math.round(share * 100)}% of the height`);
      assert.deepEqual(page.problems, []);
      await page.close();
    });
  }

  test('a title cut short shows whole on hover and on focus, in view', async () => {
    const page = await built(FLOODS);
    // A card of the bottom lane whose title is cut at two lines.
    const cut = page.locator('.events > li.up > .event').filter({ has: page.locator('.title') });
    const count = await cut.count();
    let card;
    for (let i = 0; i < count && !card; i += 1) {
      const title = cut.nth(i).locator('.title');
      if (await title.evaluate((t) => t.scrollHeight > t.clientHeight + 1)) card = cut.nth(i);
    }
    assert.ok(card, 'a card of the bottom lane has its title cut');
    const whole = () => card.locator('.title').evaluate((t) => {
      const view = document.querySelector('.timeline .viewport').getBoundingClientRect();
      const box = t.getBoundingClientRect();
      return t.scrollHeight <= t.clientHeight + 1 && box.top >= view.top && box.bottom <= view.bottom;
    });
    assert.equal(await whole(), false);
    await card.hover();
    assert.equal(await whole(), true, 'on hover');
    await page.mouse.move(0, 0);
    assert.equal(await whole(), false);
    // Reached by the keys, as a keyboard's reader reaches it.
    const date = await card.getAttribute('data-date');
    await page.locator('ol[aria-label="Timeline"] [tabindex="0"]').focus();
    await page.keyboard.press('Home');
    for (let i = 0; i < 20 && (await page.evaluate(() => document.activeElement?.dataset?.date)) !== date; i += 1) {
      await page.keyboard.press('ArrowRight');
    }
    assert.equal(await whole(), true, 'on focus');
    await page.close();
  });

  test('+ and - zoom around the focused event, and the buttons around the selected one', async () => {
    const page = await built(FLOODS);
    // Where an event's card is on screen, once it has stopped moving.
    const settled = (date) => page.evaluate((d) => new Promise((resolve) => {
      let last = null;
      const look = () => {
        const at = Math.round(document.querySelector(`[data-date="${d}"]`)?.getBoundingClientRect().left ?? NaN);
        if (at === last) resolve(at);
        else {
          last = at;
          setTimeout(look, 150);
        }
      };
      look();
    }), date);
    await page.locator('[data-date="2024-03-19"]').focus();
    const before = await settled('2024-03-19');
    for (const key of ['+', '+', '-']) {
      const width = await page.locator('.canvas').evaluate((c) => c.style.getPropertyValue('--width'));
      await page.keyboard.press(key);
      await page.waitForFunction((w) => document.querySelector('.canvas').style.getPropertyValue('--width') !== w, width);
      assert.ok(Math.abs((await settled('2024-03-19')) - before) <= 2, `after ${key}`);
    }
    assert.equal(await page.evaluate(() => document.activeElement?.dataset?.date), '2024-03-19');

    await page.locator('[data-date="2011"]').click();
    await page.locator('[data-date="2011"][aria-pressed="true"]').waitFor();
    const selected = await settled('2011');
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await page.waitForFunction(() => document.querySelector('[data-date="2011"]'));
    const zoomed = await settled('2011');
    assert.ok(Math.abs(zoomed - selected) <= 2, `${selected} -> ${zoomed}`);
    assert.deepEqual(page.problems, []);
    await page.close();
  });

  test('on a phone the list opens at the news, near the date line, not at 1965', async () => {
    const page = await built(TRADE_DISPUTE, { width: 412, height: 860 });
    const visible = (date) => page.evaluate((d) => {
      const view = document.querySelector('.timeline .viewport').getBoundingClientRect();
      const box = document.querySelector(`[data-date="${d}"]`)?.getBoundingClientRect();
      return Boolean(box) && box.top >= view.top - 1 && box.bottom <= view.bottom + 1;
    }, date);
    await page.waitForFunction(() => document.querySelector('.timeline .viewport').scrollTop > 0);
    assert.equal(await visible('2023-06-27'), true);
    assert.equal(await visible('2023-03-06'), true);
    assert.equal(await visible('1965'), false);
    // Every event is listed: scrolled to the top, the oldest is there.
    await page.locator('.timeline .viewport').evaluate((v) => { v.scrollTop = 0; });
    await page.waitForFunction(() => document.querySelector('[data-date="1965"]'));
    assert.deepEqual(page.problems, []);
    await page.close();
  });
});

describe('timelines from other tools open with what can be read', () => {
  const FILES = [
    'apollo.timelinejs.json', 'cosmos.timelinejs.json', 'welcome.timelinejs.json',
    'ancient.timeline2.json', 'spring.timeline2.json', 'taylor.timeline2.json',
  ];
  for (const file of FILES) {
    test(`${file} opens with all its events`, async () => {
      const json = JSON.parse(await readFile(`${here}fixtures/${file}`, 'utf8'));
      const listed = (json.events ?? json.timeline.date ?? json.timeline.slides).length;
      const page = await openPage(browser, site.url, WIDE);
      await page.getByText('Your own article').click();
      await page.getByLabel('Open a file').setInputFiles(`${here}fixtures/${file}`);
      await page.locator('.timeline-bar .hint', { hasText: `${listed} events` }).waitFor();
      const told = await page.locator('[role="alert"]').textContent();
      if (file === 'taylor.timeline2.json') {
        // Elizabeth Taylor's 28 events, one end date unreadable: left out, and said so.
        assert.equal(listed, 28);
        assert.match(told, /"taylor\.timeline2\.json" was opened without what could not be read: the end date "196002152034" of "Stars in 'Butterfield 8'" could not be read \(.*\) and was left out\./);
      } else {
        assert.equal(told, '');
      }
      assert.deepEqual(page.problems, []);
      await page.close();
    });
  }
});
