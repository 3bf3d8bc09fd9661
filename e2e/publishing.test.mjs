// A timeline as it is published and read: printed, saved as a picture, described to whoever the link is shared
// with, laid out in its article's direction, dated in the reader's language, and its keys
// listed for the reader.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

import { HARBOR_BRIDGE } from './articles.mjs';
import { serve } from './server.mjs';
import { launch, openPage, untilLive } from './browser.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const SEED_TITLE = 'Russia, North Korea upgrade partnership';

let site;
let browser;

before(async () => {
  site = await serve([`${here}../dist`, `${here}fixtures`]);
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await site?.close();
});

/** The text a reader sees: what is rendered and not hidden, in document order. */
const visibleText = (page) => page.evaluate(() => document.body.innerText);

test('printed, the page is the title and source, the dated events with their evidence, then the article', async () => {
  const page = await openPage(browser, site.url);
  await page.click('[data-event-id="summit-2019"]');
  await page.locator('article mark').first().waitFor();
  await page.emulateMedia({ media: 'print' });
  const printed = page.locator('.printed');
  await printed.waitFor();
  const text = await visibleText(page);
  for (const gone of ['Build timeline', 'Export JSON', 'Undo', 'Theme', 'Zoom', 'Edit event']) {
    assert.ok(!text.includes(gone), `nothing to press or edit is printed: "${gone}"`);
  }
  const order = ['The Korea Times', SEED_TITLE, 'July 2000', 'April 2019', 'the first in April 2019', '19 June 2024'];
  const at = order.map((words) => text.indexOf(words));
  assert.ok(at.every((i, n) => i >= 0 && (n === 0 || i > at[n - 1])), `in order: ${JSON.stringify(at)}`);
  // Each event's evidence is quoted under it; the article follows with the selection marked.
  const entries = await printed.locator('li').evaluateAll((items) => items.map((li) => [
    li.querySelector('time').getAttribute('datetime'), li.querySelectorAll('blockquote').length,
  ]));
  assert.equal(entries.length, 6);
  assert.ok(entries.every(([, quotes]) => quotes >= 1), JSON.stringify(entries));
  assert.ok(text.lastIndexOf('the first in April 2019') > text.indexOf('19 June 2024'), 'the article comes after the timeline');
  assert.ok(await page.locator('article mark').first().isVisible());

  // Printed in the dark theme chosen on screen, the page is still dark ink on white.
  await page.evaluate(() => { document.documentElement.dataset.theme = 'dark'; });
  const ink = await page.locator('article p').first().evaluate((p) => getComputedStyle(p).color);
  assert.equal(ink, 'rgb(29, 35, 48)', 'the light theme\'s ink');
  await page.evaluate(() => { delete document.documentElement.dataset.theme; });

  await page.emulateMedia({ media: 'screen' });
  await printed.waitFor({ state: 'detached' });
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('the page is titled and described by the article on screen', async () => {
  const page = await openPage(browser, site.url);
  const description = () => page.locator('meta[name=description]').getAttribute('content');
  assert.ok((await page.title()).startsWith(SEED_TITLE), await page.title());
  assert.match(await description(), /^6 events from “Russia, North Korea/);
  await page.getByText('Your own article').click();
  await page.getByLabel('Article text').fill(HARBOR_BRIDGE);
  await page.getByRole('button', { name: 'Build timeline' }).click();
  await page.waitForSelector('[data-date="2024-10-14"]');
  assert.equal(await page.title(), 'Council approves new harbor bridge · Sourceline');
  assert.match(await description(), /^5 events from “Council approves new harbor bridge”/);
  await page.close();
});

test('? lists every key; Escape closes the list and keeps the selection', async () => {
  const page = await openPage(browser, site.url);
  await page.click('[data-event-id="summit-2019"]');
  await page.keyboard.press('?');
  const list = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await list.waitFor();
  const keys = await list.locator('dt').allTextContents();
  for (const key of ['Home, End', 'Escape', 'Ctrl+Z, ⌘Z', '?']) assert.ok(keys.includes(key), `${key} in ${keys}`);
  await page.keyboard.press('Escape');
  await list.waitFor({ state: 'hidden' });
  assert.equal(await page.locator('[data-event-id="summit-2019"]').getAttribute('aria-pressed'), 'true');

  // Typed in a field, ? is a character, not a command.
  await page.getByText('Your own article').click();
  await page.getByLabel('Article text').fill('Why?');
  await page.getByLabel('Article text').press('?');
  assert.ok(!(await list.isVisible()));
  await page.getByRole('button', { name: 'Keys' }).click();
  await list.waitFor();
  await list.getByRole('button', { name: 'Close' }).click();
  await list.waitFor({ state: 'hidden' });
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('a right-to-left article and its titles read right to left; the axis still runs in time order', async () => {
  const page = await openPage(browser, `${site.url}?timeline=hebrew.timeline.json`);
  await page.waitForSelector('[data-event-id="reopening"]');
  const direction = (selector) => page.locator(selector).first().evaluate((e) => getComputedStyle(e).direction);
  assert.equal(await direction('.app'), 'rtl', 'the page around the article is mirrored');
  assert.equal(await page.locator('article').getAttribute('lang'), 'he', "the file's document.lang");
  assert.equal(await direction('article p'), 'rtl');
  assert.equal(await direction('[data-event-id="reopening"] .title'), 'rtl');
  const lefts = await page.locator('[data-event-id]').evaluateAll((buttons) => buttons.map((b) => [b.dataset.date, b.getBoundingClientRect().left]));
  assert.deepEqual(lefts.map(([date]) => date), ['2011-02', '2012', '2013-03-21']);
  assert.ok(lefts[0][1] < lefts[1][1] && lefts[1][1] < lefts[2][1], `earlier to the left: ${JSON.stringify(lefts)}`);
  await page.click('[data-event-id="reopening"]');
  assert.deepEqual(await page.locator('article mark').allTextContents(), ['גשר רחוב הנמל נפתח לתנועה ביום חמישי, 21 במרץ 2013, כך מסרה העירייה.']);
  assert.deepEqual(page.problems, []);
  await page.close();

  const english = await openPage(browser, site.url);
  assert.equal(await english.locator('.app').evaluate((e) => getComputedStyle(e).direction), 'ltr');
  await english.close();
});

test("dates and lengths are written in the reader's language; an English reader's stay as they were", async () => {
  const page = await browser.newPage({ locale: 'fr-FR', viewport: { width: 1280, height: 900 } });
  await page.goto(site.url);
  await untilLive(page);
  const dates = () => page.locator('[data-event-id] .date').allTextContents();
  assert.deepEqual(await dates(), ['1961', '2000', 'juillet 2000', 'avril 2019', 'septembre 2023', '19 juin 2024']);
  assert.deepEqual(await page.locator('.break span').allTextContents(), ['38 ans', '18 ans']);
  await page.click('[data-event-id="summit-2019"]');
  assert.match(await page.locator('.selection strong').textContent(), /^avril 2019: First Putin/);
  // The underlines' explanations date as the reader does too; their sentences stay English.
  assert.equal(await page.locator('article .timex[data-value="2023-09"]').first().getAttribute('data-tip'),
    '"last September": septembre 2023, counted from the dateline, 19 juin 2024 à 09:20');
  // Where months are ticked, they are named in French too (the first with its year).
  await page.goto(`${site.url}?timeline=bridge.timeline.json`);
  await page.waitForSelector('[data-event-id="reopening"]');
  assert.ok((await page.locator('.tick').allTextContents()).includes('févr. 2011'));
  assert.deepEqual(await dates(), ['février 2011', '21 mars 2013']);
  await page.close();

  const english = await openPage(browser, site.url);
  assert.deepEqual(await english.locator('[data-event-id] .date').allTextContents(),
    ['1961', '2000', 'July 2000', 'April 2019', 'September 2023', '19 June 2024']);
  await english.close();
});

test('Export image saves the timeline, whole or as on screen, as SVG with its text as text and as PNG', async () => {
  const page = await openPage(browser, site.url);
  await page.click('[data-event-id="summit-2019"]');
  /** Clicks one of Export image's choices and reads the file it saves. */
  const saved = async (choice) => {
    const menu = page.locator('details.export-image');
    if (!(await menu.evaluate((d) => d.open))) await menu.locator('summary').click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: choice }).click()]);
    return [download.suggestedFilename(), await readFile(await download.path())];
  };
  const [name, whole] = await saved('SVG, whole timeline');
  assert.equal(name, 'russia-north-korea-upgrade-partnership.svg');
  const svg = whole.toString('utf8');
  assert.match(svg, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="(\d+)" height="(\d+)"/);
  for (const text of [SEED_TITLE, 'The Korea Times · 19 June 2024, 09:20 · Sourceline', '1961', 'July 2000', 'April 2019', '19 June 2024', '38 years']) {
    assert.ok(svg.includes(text), `the picture says "${text}" as text`);
  }
  const [png, image] = await saved('PNG, whole timeline');
  assert.equal(png, 'russia-north-korea-upgrade-partnership.png');
  assert.deepEqual([...image.subarray(0, 8)], [137, 80, 78, 71, 13, 10, 26, 10], 'a PNG file');
  const svgWidth = Number(svg.match(/width="(\d+)"/)[1]);
  assert.equal(image.readUInt32BE(16), svgWidth * 2, 'drawn at twice the size, for sharp text');

  // Zoomed in, the picture as on screen holds only what the screen shows.
  for (let i = 0; i < 3; i += 1) await page.getByRole('button', { name: 'Zoom in' }).click();
  await page.locator('.viewport').evaluate((v) => { v.scrollLeft = 0; });
  const [, part] = await saved('SVG, as on screen');
  const cards = (text) => (text.match(/font-weight="700" fill="#1d2330">[^<]+<\/text>/g) ?? []).length;
  assert.ok(cards(part.toString('utf8')) < cards(svg), 'fewer events than the whole timeline');
  assert.ok(part.toString('utf8').includes('>1961</text>'));

  assert.deepEqual(page.problems, []);
  await page.close();
});

/** Opens `url`, exports its picture (`choice` of Export image, after `prepare`), and reads it. */
async function picture(url, choice, prepare = async () => {}) {
  const page = await openPage(browser, url);
  await prepare(page);
  await page.locator('details.export-image summary').click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: choice }).click()]);
  const svg = await readFile(await download.path(), 'utf8');
  assert.deepEqual(page.problems, []);
  await page.close();
  return svg;
}

/** The text of a picture as a browser draws it: each `<text>`'s words and box. */
async function drawn(svg) {
  const page = await browser.newPage();
  await page.setContent(`<!doctype html><body style="margin: 0">${svg}</body>`);
  const texts = await page.evaluate(() => [...document.querySelectorAll('text')].map((t) => {
    const box = t.getBBox();
    return { text: t.textContent, left: box.x, top: box.y, right: box.x + box.width, bottom: box.y + box.height };
  }));
  await page.close();
  return texts;
}

test('an exported picture is ready to print: titles on their cards\' lines, no label over another, the year on the first tick', async () => {
  // Titles on the two lines their cards have on screen, not cut to one.
  const seed = await drawn(await picture(site.url, 'SVG, whole timeline'));
  const lines = seed.map((t) => t.text);
  for (const [first, second] of [['First Putin–Kim Jong-un', 'summit'], ['Putin visits North Korea', 'and meets Kim Jong-il']]) {
    const at = lines.indexOf(first);
    assert.ok(at >= 0 && lines[at + 1] === second, `"${first} ${second}" on two lines: ${lines.join(' | ')}`);
  }

  // From the Big Bang to the Moon: long lengths of deep time, ticks and cards, none over another.
  const cosmos = await drawn(await picture(`${site.url}?timeline=cosmos.timelinejs.json`, 'SVG, whole timeline', (page) => page.waitForSelector('[data-event-id="big-bang"]')));
  const over = [];
  for (const [i, a] of cosmos.entries()) {
    for (const b of cosmos.slice(i + 1)) {
      if (a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5) over.push(`"${a.text}" over "${b.text}"`);
    }
  }
  assert.deepEqual(over, []);

  // A picture of part of the axis says the year of its first tick, as the axis does after a break.
  const part = await drawn(await picture(`${site.url}?timeline=terminal.timeline.json`, 'SVG, as on screen', async (page) => {
    await page.waitForSelector('[data-event-id="step-1"]');
    for (let i = 0; i < 3; i += 1) await page.getByRole('button', { name: 'Zoom in' }).click();
    await page.locator('.viewport').evaluate((v) => { v.scrollLeft = (v.scrollWidth - v.clientWidth) * 0.3; });
  }));
  const ticks = part.filter((t) => t.top > 64 && t.bottom < 100).sort((a, b) => a.left - b.left).map((t) => t.text);
  assert.match(ticks[0], /^[A-Z][a-z]{2} \d{4}$/, ticks.join(' | '));
});
