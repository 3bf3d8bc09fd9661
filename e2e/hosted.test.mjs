// End-to-end tests of a `?timeline=` file: asked for as the page starts, once, shown while the
// rest of a long file is still arriving, and reported in words when it cannot be read.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

import { serve } from './server.mjs';
import { launch, openPage } from './browser.mjs';
import { sourcelineTimeline } from './generate.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const SEED_IDS = ['treaty-1961', 'treaty-2000', 'summit-2000', 'summit-2019', 'summit-2023', 'summit-2024'];
const bridgeText = await readFile(`${here}fixtures/bridge.timeline.json`, 'utf8');
const bridge = JSON.parse(bridgeText);
const BRIDGE_IDS = ['barge-strike', 'reopening'];

// A long file, of which the server sends a first part (none of it when asked with `?hold`) and
// then holds the rest until a test lets it go (or cuts the connection).
const COUNT = 3_000;
const LONG = Buffer.from(JSON.stringify(sourcelineTimeline(COUNT)));
const FIRST_PART = LONG.indexOf('"id":"record-200"');

let site;
let slow;
let browser;
/** What the slow server does with the rest of the file, once a test says: 'send' or 'cut'. */
let rest;

before(async () => {
  site = await serve([`${here}../dist`, `${here}fixtures`], { prefix: '/hosted/' });
  slow = createServer((request, response) => {
    response.writeHead(200, { 'content-type': 'application/json', 'access-control-allow-origin': '*' });
    const first = request.url.endsWith('?hold') ? 0 : FIRST_PART;
    response.flushHeaders();
    response.write(LONG.subarray(0, first));
    rest.then((what) => (what === 'send' ? response.end(LONG.subarray(first)) : response.destroy()));
  });
  await new Promise((done) => slow.listen(0, '127.0.0.1', done));
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await site?.close();
  await new Promise((done) => slow?.close(done) ?? done());
});

const eventIds = (page) => page.locator('[data-event-id]').evaluateAll((b) => b.map((x) => x.dataset.eventId));
const slowUrl = () => `http://127.0.0.1:${slow.address().port}/long.timeline.json`;
/** The page's problems, but for its requests to the slow server (another site, on purpose). */
const problems = (page) => page.problems.filter((p) => !p.includes(slowUrl()));

async function alertText(page) {
  const alert = page.getByRole('alert');
  await alert.locator('p').waitFor();
  return (await alert.textContent()).trim();
}

describe('a ?timeline= file', () => {
  test('is asked for once, before the page has loaded its wasm, and shown', async () => {
    const page = await browser.newPage();
    const asked = [];
    page.on('request', (request) => asked.push(new URL(request.url()).pathname));
    await page.goto(`${site.url}?timeline=bridge.timeline.json`);
    await page.waitForSelector('[data-event-id="barge-strike"]');
    assert.deepEqual(await eventIds(page), BRIDGE_IDS);
    const file = asked.filter((path) => path.endsWith('/bridge.timeline.json'));
    assert.equal(file.length, 1, `asked for ${file.length} times: ${asked.join(', ')}`);
    const wasm = asked.findIndex((path) => /sourceline-app-.*\.wasm$/.test(path));
    assert.ok(wasm > 0, asked.join(', '));
    assert.ok(asked.indexOf(file[0]) < wasm, `the file after the wasm: ${asked.join(', ')}`);
    await page.close();
  });

  test('that is missing is reported, and the built-in timeline stays', async () => {
    const page = await openPage(browser, `${site.url}?timeline=gone.timeline.json`);
    assert.match(
      await alertText(page),
      /^The timeline "gone\.timeline\.json" was not loaded: the server answered 404 Not Found\. The built-in timeline is shown instead\./,
    );
    assert.deepEqual(await eventIds(page), SEED_IDS);
    assert.deepEqual(page.problems.filter((p) => !/404/.test(p)), []);
    await page.close();
  });

  test('written as another tool may write it, the events before the article, still opens', async () => {
    const reordered = JSON.stringify({ events: bridge.events, document: bridge.document, version: 1, format: 'sourceline-timeline' }, null, 2);
    const other = createServer((request, response) => {
      response.writeHead(200, { 'content-type': 'application/json', 'access-control-allow-origin': '*' });
      response.end(reordered);
    });
    await new Promise((done) => other.listen(0, '127.0.0.1', done));
    const url = `http://127.0.0.1:${other.address().port}/reordered.timeline.json`;
    const page = await openPage(browser, `${site.url}?timeline=${encodeURIComponent(url)}`);
    await page.waitForSelector('[data-event-id="reopening"]');
    assert.deepEqual(await eventIds(page), BRIDGE_IDS);
    assert.equal(await page.getByRole('alert').locator('p').count(), 0);
    assert.deepEqual(page.problems.filter((p) => !p.includes(url)), []);
    await page.close();
    await new Promise((done) => other.close(done));
  });

  test('of the older TimelineJS 2 still opens', async () => {
    const page = await openPage(browser, `${site.url}?timeline=spring.timeline2.json`);
    await page.waitForFunction(() => document.querySelectorAll('[data-event-id]').length > 0
      && !document.querySelector('[data-event-id="treaty-1961"]'));
    assert.match(await page.title(), /A spring of protests/);
    assert.deepEqual(page.problems, []);
    await page.close();
  });
});

describe('a long ?timeline= file still arriving', () => {
  test('shows its first events, says the rest is on its way, then shows all, the selection kept', async () => {
    let send;
    rest = new Promise((done) => { send = done; });
    const page = await openPage(browser, `${site.url}?timeline=${encodeURIComponent(slowUrl())}`);
    const status = page.getByText(/The first \d+ events are shown; the rest of the timeline is on its way\./);
    await status.waitFor();
    const hint = page.locator('.timeline-bar .hint');
    const shown = Number((await hint.textContent()).match(/^(\d+) events/)[1]);
    assert.ok(shown > 0 && shown < 200, `${shown} events shown of the first 199 arrived`);
    // The article's first dates are underlined from the file, not read again by the worker.
    // The first paragraphs' dates are underlined, the screen's at once and the rest of the
    // first paragraphs once it is painted.
    await page.waitForFunction(() => document.querySelectorAll('article .timex').length > 100);
    assert.equal(await page.locator('.building').count(), 0, 'the article is not read again');
    const first = page.locator('[data-event-id^="record-"]').first();
    const id = await first.getAttribute('data-event-id');
    await first.click();
    assert.equal(await first.getAttribute('aria-pressed'), 'true');

    send('send');
    await page.waitForFunction((count) => document.querySelector('.timeline-bar .hint')?.textContent.startsWith(`${count} events`), COUNT);
    await status.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: /Show more of the article/ }).click();
    // 280 paragraphs drawn: more dates than were read with the first view (256).
    await page.waitForFunction(() => document.querySelectorAll('article .timex').length > 256);
    assert.equal(await page.locator(`[data-event-id="${id}"]`).getAttribute('aria-pressed'), 'true');
    assert.deepEqual(problems(page), []);
    await page.close();
  });

  test('none of which comes for a while leaves the built-in timeline live meanwhile', async () => {
    let send;
    rest = new Promise((done) => { send = done; });
    const page = await browser.newPage();
    await page.goto(`${site.url}?timeline=${encodeURIComponent(`${slowUrl()}?hold`)}`);
    // The first view stays while the page waits for the file, rather than the same drawn again,
    // without the built-in timeline whose place the file's takes.
    await page.waitForTimeout(500);
    assert.equal(await page.locator('#prerendered').count(), 1, 'the first view is on screen');
    assert.ok(await page.locator('#prerendered .brand').isVisible(), 'the masthead is shown');
    assert.equal(await page.locator('#prerendered [data-event-id="treaty-1961"]').isVisible(), false,
      'the built-in events are not shown while the file is opened');
    await page.waitForSelector('#prerendered', { state: 'detached' });
    assert.deepEqual(await eventIds(page), SEED_IDS);
    await page.click('[data-event-id="summit-2019"]');
    send('send');
    await page.waitForSelector('[data-event-id^="record-"]');
    assert.equal(await page.locator('[data-event-id="summit-2019"]').count(), 0);
    await page.close();
  });

  test('that is cut off is reported, and the built-in timeline takes the place of its first events', async () => {
    let cut;
    rest = new Promise((done) => { cut = done; });
    const page = await openPage(browser, `${site.url}?timeline=${encodeURIComponent(slowUrl())}`);
    await page.waitForSelector('[data-event-id^="record-"]');
    cut('cut');
    const message = await alertText(page);
    assert.match(message, /^The timeline "http:\/\/127\.0\.0\.1:\d+\/long\.timeline\.json" was not loaded: its content could not be read \(TypeError: .+\)\. The built-in timeline is shown instead\./);
    await page.waitForSelector('[data-event-id="treaty-1961"]');
    assert.deepEqual(await eventIds(page), SEED_IDS);
    assert.deepEqual(problems(page).filter((p) => !/ERR_|network/i.test(p)), []);
    await page.close();
  });
});
