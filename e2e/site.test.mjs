// End-to-end tests: the built dist/ served over HTTP under a deep sub-path, driven in Chromium.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { HARBOR_BRIDGE, HARBOR_BRIDGE_DATES } from './articles.mjs';
import { serve } from './server.mjs';
import { dropFile, launch, openPage, untilLive } from './browser.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const PREFIX = '/news/archive/2024/06/sourceline/';

// The seed's events and a phrase of each sentence that must be marked when it is selected.
const SEED = {
  'treaty-1961': ['1961', ['inked in 1961 and 2000', 'as the 1961 treaty did']],
  'treaty-2000': ['2000', ['inked in 1961 and 2000']],
  'summit-2000': ['2000-07', ['since July 2000']],
  'summit-2019': ['2019-04', ['the first in April 2019']],
  'summit-2023': ['2023-09', ['the second in September last year', "Kim's visit to Russia last September", 'Since the previous summit in September']],
  'summit-2024': ['2024-06-19', [
    'comprehensive strategic partnership, Wednesday', 'agreement signed today', 'pinnacle of alliance',
    'wreath-laying ceremony', 'Putin arrived in Pyongyang early Wednesday morning',
  ]],
};

let site;
let browser;
/** Files the tests save, served beside the page like any hosted timeline. */
let saved;

before(async () => {
  saved = await mkdtemp(join(tmpdir(), 'sourceline-e2e-'));
  site = await serve([`${here}../dist`, `${here}fixtures`, saved], { prefix: PREFIX });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await site?.close();
  await rm(saved, { recursive: true, force: true });
});

const marked = (page) => page.locator('article mark').allTextContents();
const pressed = (page) => page.locator('[data-event-id][aria-pressed="true"]').evaluateAll((b) => b.map((x) => x.dataset.eventId));

describe('the seed timeline', () => {
  test('its six events and its article are in the HTML, shown before any script runs', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(site.url);
    const buttons = page.getByRole('list', { name: 'Timeline' }).locator('button[data-event-id]');
    assert.deepEqual(
      await buttons.evaluateAll((all) => all.map((b) => [b.dataset.eventId, b.dataset.date])),
      Object.entries(SEED).map(([id, [date]]) => [id, date]),
    );
    assert.ok(await buttons.first().isVisible());
    assert.ok((await page.locator('article [data-sentence]').count()) > 20);
    await context.close();
  });

  test('nothing on screen moves when the page becomes live, on a phone or a wide screen', async () => {
    for (const viewport of [{ width: 412, height: 823 }, { width: 1350, height: 940 }]) {
      const page = await browser.newPage({ viewport });
      await page.addInitScript(() => {
        window.shifts = [];
        new PerformanceObserver((list) => {
          for (const shift of list.getEntries()) window.shifts.push(shift.value);
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await page.goto(site.url);
      await untilLive(page);
      // Two frames after the live page is drawn, for any shift to be reported.
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      assert.deepEqual(await page.evaluate(() => window.shifts), [], `${viewport.width} px wide`);
      await page.close();
    }
  });

  test('shows six events in a list labelled Timeline, in date order', async () => {
    const page = await openPage(browser, site.url);
    const buttons = page.getByRole('list', { name: 'Timeline' }).getByRole('button');
    const found = await buttons.evaluateAll((b) => b.map((x) => [x.dataset.eventId, x.dataset.date]));
    assert.deepEqual(found, Object.entries(SEED).map(([id, [date]]) => [id, date]));
    assert.equal(await page.locator('article [data-sentence]').count() > 30, true);
    assert.deepEqual(page.problems, []);
    await page.close();
  });

  test('clicking each event marks exactly its evidence and scrolls it into view', async () => {
    const page = await openPage(browser, site.url);
    for (const [id, [, phrases]] of Object.entries(SEED)) {
      await page.click(`[data-event-id="${id}"]`);
      assert.deepEqual(await pressed(page), [id]);
      const marks = await marked(page);
      assert.equal(marks.length, phrases.length, `${id}: ${marks.join(' | ')}`);
      for (const phrase of phrases) {
        assert.ok(marks.some((m) => m.includes(phrase)), `${id} marks "${phrase}"`);
      }
      await page.waitForFunction(() => {
        const mark = document.querySelector('article mark');
        const box = mark.getBoundingClientRect();
        return box.top >= 0 && box.bottom <= window.innerHeight;
      });
      assert.equal(new URL(page.url()).hash, `#event=${id}`);
    }
    assert.deepEqual(page.problems, []);
    await page.close();
  });

  test('clicking a marked sentence selects its event; a shared sentence cycles', async () => {
    const page = await openPage(browser, site.url);
    const shared = page.locator('[data-sentence]', { hasText: "It was Putin's third summit" });
    await shared.click();
    assert.deepEqual(await pressed(page), ['summit-2019']);
    await shared.click();
    assert.deepEqual(await pressed(page), ['summit-2023']);
    await page.close();
  });

  test('an #event= link selects that event on load', async () => {
    const page = await openPage(browser, `${site.url}#event=summit-2023`);
    await page.waitForSelector('[data-event-id="summit-2023"][aria-pressed="true"]');
    assert.equal((await marked(page)).length, 3);
    await page.waitForFunction(() => document.querySelector('article mark').getBoundingClientRect().top < window.innerHeight);
    assert.deepEqual(page.problems, []);
    await page.close();
  });

  test('an #event= link to no event says so and keeps the page', async () => {
    const page = await openPage(browser, `${site.url}#event=no-such-event`);
    await page.getByRole('alert').filter({ hasText: 'no-such-event' }).waitFor();
    assert.equal(await page.locator('[data-event-id]').count(), 6);
    await page.close();
  });

  test('the keyboard reaches, moves through, selects and clears events', async () => {
    const page = await openPage(browser, site.url);
    const focused = () => page.evaluate(() => document.activeElement?.dataset?.eventId ?? null);
    for (let i = 0; i < 15 && (await focused()) === null; i += 1) await page.keyboard.press('Tab');
    assert.equal(await focused(), 'treaty-1961');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    assert.equal(await focused(), 'summit-2000');
    // Each key is answered in the next frame: wait for it, then check nothing else changed.
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-event-id="summit-2000"][aria-pressed="true"]');
    assert.deepEqual(await pressed(page), ['summit-2000']);
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Space');
    await page.waitForSelector('[data-event-id="treaty-2000"][aria-pressed="true"]');
    assert.deepEqual(await pressed(page), ['treaty-2000']);
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.querySelector('[data-event-id][aria-pressed="true"]'));
    assert.deepEqual(await pressed(page), []);
    assert.deepEqual(await marked(page), []);
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
    assert.notEqual(outline, 'none', 'focus is visible');
    await page.close();
  });

  test('zoom with buttons, keys and Ctrl+wheel; pan with the wheel and a drag', async () => {
    const page = await openPage(browser, site.url);
    const width = () => page.locator('.canvas').evaluate((c) => c.getBoundingClientRect().width);
    const scroll = () => page.locator('.viewport').evaluate((v) => v.scrollLeft);
    const start = await width();
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await page.getByRole('button', { name: 'Zoom in' }).click();
    const zoomed = await width();
    assert.ok(zoomed > start * 2, `${start} -> ${zoomed}`);

    const box = await page.locator('.viewport').boundingBox();
    await page.mouse.move(box.x + box.width / 2, box.y + 20);
    await page.mouse.wheel(0, 300);
    await page.waitForFunction(() => document.querySelector('.viewport').scrollLeft > 0);
    const panned = await scroll();
    await page.mouse.move(box.x + box.width / 2, box.y + 20);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 - 150, box.y + 20, { steps: 5 });
    await page.mouse.up();
    assert.ok((await scroll()) > panned + 100, 'dragging left pans right');

    await page.keyboard.down('Control');
    await page.mouse.wheel(0, -400);
    await page.keyboard.up('Control');
    await page.waitForFunction((w) => document.querySelector('.canvas').getBoundingClientRect().width > w * 1.5, zoomed);

    await page.locator('[data-event-id="treaty-1961"]').focus();
    await page.keyboard.press('0');
    assert.ok(Math.abs((await width()) - start) < 2, 'zero fits the timeline again');
    await page.keyboard.press('-');
    assert.ok((await width()) < start, 'minus zooms out');
    assert.deepEqual(page.problems, []);
    await page.close();
  });

  test('below 700 px the timeline is a vertical list above the text', async () => {
    const page = await openPage(browser, site.url, { width: 420, height: 800 });
    const boxes = await page.locator('[data-event-id]').evaluateAll((b) => b.map((x) => x.getBoundingClientRect().toJSON()));
    for (let i = 1; i < boxes.length; i += 1) {
      assert.ok(boxes[i].top >= boxes[i - 1].bottom, 'each event is below the one before');
      assert.ok(boxes[i].right <= 420, 'no event is off screen');
    }
    const article = await page.locator('article').boundingBox();
    assert.ok(article.y >= boxes.at(-1).bottom, 'the list is above the text');
    const first = page.locator('[data-event-id="treaty-1961"]');
    await first.focus();
    await page.keyboard.press('ArrowDown');
    assert.equal(await page.evaluate(() => document.activeElement.dataset.eventId), 'treaty-2000');
    await page.close();
  });
});

describe('?timeline= files', () => {
  test('a timeline file beside the page replaces the seed', async () => {
    const page = await openPage(browser, `${site.url}?timeline=bridge.timeline.json#event=reopening`);
    await page.waitForSelector('[data-event-id="reopening"][aria-pressed="true"]');
    const ids = await page.locator('[data-event-id]').evaluateAll((b) => b.map((x) => x.dataset.eventId));
    assert.deepEqual(ids, ['barge-strike', 'reopening']);
    assert.deepEqual(await marked(page), ['The Harbor Street bridge reopened to traffic on Thursday, the city said.']);
    assert.deepEqual(page.problems, []);
    await page.close();
  });

  test('a missing file is reported and the seed stays', async () => {
    const page = await openPage(browser, `${site.url}?timeline=missing.json`);
    const alert = page.getByRole('alert');
    await alert.filter({ hasText: '404' }).waitFor();
    assert.match(await alert.textContent(), /missing\.json/);
    assert.equal(await page.locator('[data-event-id]').count(), 6);
    await page.close();
  });

  test('a broken file is reported and the seed stays', async () => {
    const page = await openPage(browser, `${site.url}?timeline=broken.timeline.json`);
    const alert = page.getByRole('alert');
    await alert.filter({ hasText: 'could not be read' }).waitFor();
    assert.match(await alert.textContent(), /EOF while parsing/);
    assert.equal(await page.locator('[data-event-id]').count(), 6);
    await alert.getByRole('button', { name: 'Dismiss this message' }).click();
    assert.equal((await page.locator('[role="alert"]').textContent()).trim(), '');
    await page.close();
  });
});

describe('your own article', () => {
  test('a pasted article gets its timeline, dated against its own date line', async () => {
    const page = await openPage(browser, site.url);
    await page.getByText('Your own article').click();
    await page.getByLabel('Article text').fill(HARBOR_BRIDGE);
    await page.getByRole('button', { name: 'Build timeline' }).click();
    await page.waitForSelector('[data-date="2024-10-14"]');
    const dates = await page.locator('[data-event-id]').evaluateAll((b) => b.map((x) => x.dataset.date));
    assert.deepEqual(dates, HARBOR_BRIDGE_DATES);
    // A sentence with two dates marks, for each event, the clause that tells it.
    await page.locator('[data-date="2024-10-14"]').click();
    assert.deepEqual(await marked(page), ['The city council voted on Monday to approve a new harbor bridge']);
    await page.locator('[data-date="2019-03"]').click();
    assert.deepEqual(await marked(page), ['ending a debate that began in March 2019.']);
    assert.equal(await page.getByLabel('Article text').inputValue(), HARBOR_BRIDGE, 'the pasted text stays');
    assert.deepEqual(page.problems, []);
    await page.close();
  });

  test('without a date line the Published date dates the text, and its absence is explained', async () => {
    const page = await openPage(browser, site.url);
    await page.getByText('Your own article').click();
    await page.getByLabel('Article text').fill('Vote held\n\nThe council voted on Monday, after a hearing in 2023.');
    await page.getByRole('button', { name: 'Build timeline' }).click();
    await page.getByRole('alert').filter({ hasText: 'Published' }).waitFor();
    assert.deepEqual(await page.locator('[data-event-id]').evaluateAll((b) => b.map((x) => x.dataset.date)), ['2023']);
    await page.getByLabel('Published', { exact: true }).fill('2013-03-22');
    await page.getByRole('button', { name: 'Build timeline' }).click();
    await page.waitForSelector('[data-date="2013-03-18"]');
    assert.equal((await page.locator('[role="alert"]').textContent()).trim(), '');
    await page.close();
  });

  test('an empty text is refused with a message and the timeline stays', async () => {
    const page = await openPage(browser, site.url);
    await page.getByText('Your own article').click();
    await page.getByRole('button', { name: 'Build timeline' }).click();
    await page.getByRole('alert').filter({ hasText: 'Article text' }).waitFor();
    assert.equal(await page.locator('[data-event-id]').count(), 6);
    await page.close();
  });

  test('pasted markup is shown as text, never run', async () => {
    const page = await openPage(browser, site.url);
    await page.getByText('Your own article').click();
    await page.getByLabel('Article text').fill('Hacked <img src=x onerror="window.ran=1"><script>window.ran=1</script>\n\nIt happened in 2011.');
    await page.getByRole('button', { name: 'Build timeline' }).click();
    await page.waitForSelector('[data-date="2011"]');
    assert.equal(await page.evaluate(() => window.ran), undefined);
    assert.match(await page.locator('article').textContent(), /<script>window\.ran=1<\/script>/);
    assert.equal(await page.locator('article img').count(), 0);
    await page.close();
  });
});

describe('export', () => {
  test('an exported timeline, hosted beside the page, opens as it was', async () => {
    const page = await openPage(browser, site.url);
    await page.getByText('Your own article').click();
    await page.getByLabel('Article text').fill(
      'Bridge reopens\n\nMarch 22, 2013\n\nThe bridge reopened on Thursday, two years after a barge struck it in February 2011.',
    );
    await page.getByRole('button', { name: 'Build timeline' }).click();
    await page.waitForSelector('[data-date="2013-03-21"]');
    const before = await page.locator('[data-event-id]').evaluateAll((b) => b.map((x) => [x.dataset.eventId, x.dataset.date]));
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export JSON' }).click()]);
    assert.equal(download.suggestedFilename(), 'bridge-reopens.timeline.json');
    await download.saveAs(join(saved, 'exported.timeline.json'));
    await page.close();

    const reopened = await openPage(browser, `${site.url}?timeline=exported.timeline.json#event=${before[0][0]}`);
    await reopened.waitForSelector(`[data-event-id="${before[0][0]}"][aria-pressed="true"]`);
    const after = await reopened.locator('[data-event-id]').evaluateAll((b) => b.map((x) => [x.dataset.eventId, x.dataset.date]));
    assert.deepEqual(after, before);
    assert.match((await marked(reopened)).join(' '), /February 2011/);
    assert.deepEqual(reopened.problems, []);
    await reopened.close();
  });
});

describe('opening files', () => {
  test('an article file is built at once; a timeline file opens; a broken one is reported', async () => {
    const page = await openPage(browser, site.url);
    await page.getByText('Your own article').click();
    const input = page.getByLabel('Open a file');
    await input.setInputFiles({
      name: 'vote.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('Council vote\n\nMarch 22, 2013\n\nThe council voted on Monday.'),
    });
    await page.waitForSelector('[data-date="2013-03-18"]');
    assert.match(await page.getByLabel('Article text').inputValue(), /voted on Monday/);

    await input.setInputFiles(`${here}fixtures/bridge.timeline.json`);
    await page.waitForSelector('[data-event-id="barge-strike"]');

    await input.setInputFiles(`${here}fixtures/broken.timeline.json`);
    await page.getByRole('alert').filter({ hasText: 'broken.timeline.json' }).waitFor();
    assert.equal(await page.locator('[data-event-id="barge-strike"]').count(), 1, 'the timeline on screen stays');
    assert.deepEqual(page.problems, []);
    await page.close();
  });
});

/** Selects the text of the article's sentences that contain `first` through `last`, as a reader would. */
async function selectSentences(page, first, last = first) {
  await page.evaluate(([a, b]) => {
    const find = (words) => [...document.querySelectorAll('article [data-sentence]')].find((s) => s.textContent.includes(words));
    const range = document.createRange();
    range.setStart(find(a).firstChild, 0);
    const end = find(b);
    range.setEnd(end.lastChild, end.lastChild.textContent.length);
    getSelection().removeAllRanges();
    getSelection().addRange(range);
  }, [first, last]);
}

const events = (page) => page.locator('[data-event-id]').evaluateAll((b) => b.map((x) => [x.dataset.eventId, x.dataset.date, x.querySelector('.title').textContent]));

describe('curating', () => {
  test('rename, redate, mark evidence, merge, split, delete, and undo or redo each', async () => {
    const page = await openPage(browser, `${site.url}#event=summit-2019`);
    // The link's event is chosen once the live page has read its address: edit it after that.
    await page.waitForSelector('[data-event-id="summit-2019"][aria-pressed="true"]');
    const seed = await events(page);
    const editor = page.getByRole('region', { name: 'Edit event' });

    await editor.getByLabel('Title').fill('First Putin–Kim summit, Vladivostok');
    await editor.getByRole('button', { name: 'Rename' }).click();
    await page.locator('[data-event-id="summit-2019"] .title', { hasText: 'Vladivostok' }).waitFor();

    await editor.getByLabel('Date').fill('2019-04-25');
    await editor.getByRole('button', { name: 'Change date' }).click();
    await page.waitForSelector('[data-event-id="summit-2019"][data-date="2019-04-25"]');
    assert.match(await page.locator('.selection').textContent(), /set by hand/);

    await editor.getByLabel('Date').fill('whenever');
    await editor.getByRole('button', { name: 'Change date' }).click();
    await page.getByRole('alert').filter({ hasText: 'The date was not changed: no date was found in "whenever"' }).waitFor();
    assert.equal(await page.locator('[data-event-id="summit-2019"]').getAttribute('data-date'), '2019-04-25');

    await selectSentences(page, 'Putin also criticized international sanctions');
    await editor.getByRole('button', { name: 'Mark selected text as evidence' }).click();
    await page.waitForFunction(() => [...document.querySelectorAll('article mark')].some((m) => m.textContent.includes('Putin also criticized')));
    assert.equal(await editor.locator('.passages li').count(), 2);

    await editor.getByLabel('Merge with').selectOption('summit-2023');
    await editor.getByRole('radio', { name: "25 April 2019 (this event's)" }).check();
    await editor.getByRole('button', { name: 'Merge' }).click();
    await page.waitForFunction(() => !document.querySelector('[data-event-id="summit-2023"]'));
    assert.equal(await page.locator('[data-event-id]').count(), 5);
    const merged = await editor.locator('.passages li').count();
    assert.ok(merged >= 4, `${merged} passages after the merge`);

    // One event per passage, all on one day: one card lists them.
    await editor.getByRole('button', { name: 'Split' }).click();
    await page.locator('.timeline-bar .hint', { hasText: `${4 + merged} events` }).waitFor();
    const listed = page.locator('.events li.shared', { hasText: '25 April 2019' });
    assert.equal(await listed.locator('[data-event-id]').count(), merged);
    assert.equal(await page.locator('button.cluster').count(), 0);

    // Undo walks back through every edit to the seed; Redo walks forward again.
    for (let i = 0; i < 4; i += 1) await page.getByRole('button', { name: 'Undo' }).click();
    assert.equal(await page.locator('[data-event-id]').count(), 6);
    await page.keyboard.press('Control+z');
    await page.keyboard.press('Control+z');
    assert.deepEqual(await events(page), seed);
    assert.ok(await page.getByRole('button', { name: 'Undo' }).isDisabled());
    await page.keyboard.press('Control+Shift+z');
    await page.locator('[data-event-id="summit-2019"] .title', { hasText: 'Vladivostok' }).waitFor();
    await page.getByRole('button', { name: 'Redo' }).click();
    await page.waitForSelector('[data-event-id="summit-2019"][data-date="2019-04-25"]');

    await page.locator('[data-event-id="treaty-2000"]').click();
    await editor.getByRole('button', { name: 'Delete event' }).click();
    await page.waitForFunction(() => !document.querySelector('[data-event-id="treaty-2000"]'));
    assert.deepEqual(page.problems, []);
    await page.close();
  });

  test('a sentence with a date becomes a new event; one without is refused, and nothing changes', async () => {
    const page = await openPage(browser, site.url);
    await selectSentences(page, 'Putin also criticized international sanctions');
    await page.getByRole('button', { name: 'New event from selected text' }).click();
    await page.getByRole('alert').filter({ hasText: 'states no date' }).waitFor();
    assert.equal(await page.locator('[data-event-id]').count(), 6);

    await selectSentences(page, 'Putin arrived in Pyongyang early Wednesday morning');
    await page.getByRole('button', { name: 'New event from selected text' }).click();
    await page.waitForFunction(() => document.querySelectorAll('[data-event-id]').length === 7);
    const added = await pressed(page);
    assert.equal(added.length, 1);
    assert.equal(await page.locator(`[data-event-id="${added[0]}"]`).getAttribute('data-date'), '2024-06-19');
    assert.match((await marked(page)).join(' '), /Putin arrived in Pyongyang early Wednesday morning/);
    await page.close();
  });
});

describe('keeping work', () => {
  test('built and edited timelines survive a reload and are listed in the Library', async () => {
    const page = await openPage(browser, site.url);
    await page.getByText('Your own article').click();
    await page.getByLabel('Article text').fill('Harbor bridge\n\nMarch 22, 2013\n\nThe bridge reopened on Thursday after a barge struck it in February 2011.');
    await page.getByRole('button', { name: 'Build timeline' }).click();
    await page.waitForSelector('[data-date="2011-02"]');
    await page.locator('[data-date="2011-02"]').click();
    const editor = page.getByRole('region', { name: 'Edit event' });
    await editor.getByLabel('Title').fill('Barge strikes the bridge');
    await editor.getByRole('button', { name: 'Rename' }).click();
    await page.locator('.title', { hasText: 'Barge strikes the bridge' }).waitFor();

    await page.reload();
    await page.locator('.title', { hasText: 'Barge strikes the bridge' }).waitFor();
    assert.equal(await page.locator('[data-date="2013-03-21"]').count(), 1);

    // A second article joins the first in the Library; either reopens, and one can be deleted.
    await page.getByText('Your own article').click();
    await page.getByLabel('Article text').fill('Council vote\n\nMarch 22, 2013\n\nThe council voted on Monday.');
    await page.getByRole('button', { name: 'Build timeline' }).click();
    await page.waitForSelector('[data-date="2013-03-18"]');
    await page.getByText('Library (2)').click();
    const library = page.getByRole('list', { name: 'Saved timelines' });
    assert.deepEqual(await library.getByRole('listitem').locator('button.link:first-child').allTextContents(), ['Council vote', 'Harbor bridge']);
    await library.getByRole('button', { name: 'Harbor bridge', exact: true }).click();
    await page.locator('.title', { hasText: 'Barge strikes the bridge' }).waitFor();
    await library.getByRole('button', { name: 'Delete "Council vote" from the Library' }).click();
    await page.getByText('Library (1)').waitFor();
    await page.reload();
    await page.locator('.title', { hasText: 'Barge strikes the bridge' }).waitFor();

    // Building the article on screen again keeps its curation, in the same Library entry.
    await page.getByText('Your own article').click();
    await page.getByLabel('Article text').fill('Harbor bridge\n\nMarch 22, 2013\n\nThe bridge reopened on Thursday after a barge struck it in February 2011.');
    await page.getByRole('button', { name: 'Build timeline' }).click();
    await page.locator('.notice', { hasText: 'Built again' }).waitFor();
    await page.locator('.title', { hasText: 'Barge strikes the bridge' }).waitFor();
    await page.getByText('Library (1)').waitFor();
    assert.deepEqual(page.problems, []);
    await page.close();
  });

  test('when storage is full the app says so and keeps the work on screen', async () => {
    const page = await browser.newPage();
    await page.addInitScript(() => {
      Storage.prototype.setItem = () => { throw new DOMException('The quota has been exceeded.', 'QuotaExceededError'); };
    });
    await page.goto(site.url);
    await untilLive(page);
    await page.locator('[data-event-id="treaty-1961"]').click();
    await page.getByRole('region', { name: 'Edit event' }).getByRole('button', { name: 'Delete event' }).click();
    await page.getByRole('alert').filter({ hasText: 'storage for this page is full' }).waitFor();
    assert.equal(await page.locator('[data-event-id]').count(), 5);
    assert.ok(await page.getByRole('button', { name: 'Undo' }).isEnabled());
    await page.close();
  });
});

describe('other formats', () => {
  const ids = (page) => page.locator('[data-event-id]').evaluateAll((b) => b.map((x) => [x.dataset.eventId, x.dataset.date]));

  test('a TimelineJS file opens with its dates at their precision and its text as text', async () => {
    const page = await openPage(browser, site.url);
    await page.getByText('Your own article').click();
    await page.getByLabel('Open a file').setInputFiles(`${here}fixtures/apollo.timelinejs.json`);
    await page.waitForSelector('[data-event-id="sputnik"]');
    assert.deepEqual(await ids(page), [
      ['sputnik', '1957-10-04'], ['apollo-program', '1961/1972'], ['kennedy-moon-speech', '1961-05'],
    ]);
    await page.locator('[data-event-id="kennedy-moon-speech"]').click();
    assert.match((await marked(page)).join(' '), /land a man on the Moon before the decade is out/);
    assert.equal(await page.evaluate(() => window.ran), undefined);
    assert.deepEqual(page.problems, []);
    await page.close();
  });

  test('TimelineJS and CSV exports: TimelineJS reopens as the same timeline, CSV has a row per event', async () => {
    const page = await openPage(browser, site.url);
    const seed = await events(page);
    const save = async (name) => {
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
      const path = join(saved, download.suggestedFilename());
      await download.saveAs(path);
      return path;
    };
    const timelinejs = await save('Export TimelineJS');
    assert.match(timelinejs, /russia-north-korea-upgrade-partnership\.timelinejs\.json$/);
    const file = JSON.parse(await readFile(timelinejs, 'utf8'));
    assert.equal(file.events.length, 6);
    const summit = file.events.find((e) => e.unique_id === 'summit-2019');
    assert.deepEqual([summit.start_date, summit.display_date], [{ year: 2019, month: 4 }, 'April 2019']);

    const csv = await readFile(await save('Export CSV'), 'utf8');
    const lines = csv.split('\r\n');
    assert.equal(lines[0], 'id,title,date,label,origin,derivation,evidence');
    assert.equal(lines.filter((l) => /^(treaty|summit)-\d{4},/.test(l)).length, 6);

    await page.getByText('Your own article').click();
    await page.getByLabel('Open a file').setInputFiles(timelinejs);
    await page.waitForSelector('[data-event-id="summit-2019"]');
    await page.waitForFunction(() => !document.querySelector('article').textContent.includes('Kim Jong-un describes new relationship'));
    assert.deepEqual(await events(page), seed);
    await page.locator('[data-event-id="summit-2023"]').click();
    assert.equal((await marked(page)).length, SEED['summit-2023'][1].length);
    assert.deepEqual(page.problems, []);
    await page.close();
  });

  test('a dropped HTML page gives its readable text; its script never runs', async () => {
    const page = await openPage(browser, site.url);
    await page.getByText('Your own article').click();
    const html = `<!doctype html><html><head><title>Harbor bridge reopens</title>
      <style>p { color: red }</style><script>window.ran = 1</script></head>
      <body onload="window.ran = 2"><nav>Home | World</nav>
      <h1>Harbor bridge reopens</h1><p class="dateline">March 22, 2013</p>
      <p>The bridge reopened on <b>Thursday</b>, two years after a barge struck it in February 2011.</p>
      <img src="x" onerror="window.ran = 3"><script>document.title = 'ran'</script></body></html>`;
    await dropFile(page, '.compose form', 'bridge.html', html);
    await page.waitForSelector('[data-date="2011-02"]');
    assert.equal(await page.getByLabel('Article text').inputValue(),
      'Harbor bridge reopens\n\nMarch 22, 2013\n\nThe bridge reopened on Thursday, two years after a barge struck it in February 2011.');
    assert.equal(await page.locator('[data-date="2013-03-21"]').count(), 1);
    assert.equal(await page.evaluate(() => window.ran), undefined);
    assert.equal(await page.locator('article img').count(), 0);
    assert.notEqual(await page.title(), 'ran');
    assert.deepEqual(page.problems, []);
    await page.close();
  });
});

describe('reading the article', () => {
  test('every temporal expression is underlined; focus or hover tells its value and how it was found', async () => {
    const page = await openPage(browser, site.url);
    const timex = page.locator('article .timex', { hasText: 'last September' });
    assert.equal(await page.locator('article .timex').count(), 12);
    const tip = () => timex.evaluate((e) => getComputedStyle(e, '::after').content);
    assert.equal(await tip(), 'none');
    await timex.focus();
    assert.equal(await tip(), '"\\"last September\\": September 2023, counted from the dateline, 19 June 2024, 09:20"');
    await timex.blur();
    await page.locator('article .timex', { hasText: 'April 2019' }).hover();
    assert.match(await page.locator('article .timex', { hasText: 'April 2019' }).evaluate((e) => getComputedStyle(e, '::after').content), /April 2019, stated in full/);

    // A marked sentence that is evidence of two events says so.
    await page.click('[data-event-id="summit-2019"]');
    const shared = page.locator('article .sentence.selected[data-shared]');
    assert.match(await shared.evaluate((e) => getComputedStyle(e, '::after').content), /evidence for 2 events/);
    await page.close();
  });
});

describe('finding events', () => {
  test('search filters the events and highlights the words in the article; order switches to the story', async () => {
    const page = await openPage(browser, site.url);
    await page.getByLabel('Search events').fill('kim jong-il');
    await page.waitForFunction(() => document.querySelectorAll('[data-event-id]').length === 1);
    assert.deepEqual(await page.locator('[data-event-id]').evaluateAll((b) => b.map((x) => x.dataset.eventId)), ['summit-2000']);
    assert.deepEqual(await page.locator('article .match').allTextContents(), ['Kim Jong-il']);
    assert.match(await page.locator('.timeline-bar .hint').textContent(), /1 of 6 events match/);
    await page.getByLabel('Search events').fill('');
    await page.waitForFunction(() => document.querySelectorAll('[data-event-id]').length === 6);
    assert.equal(await page.locator('article .match').count(), 0);

    await page.getByRole('button', { name: 'As told' }).click();
    const told = await page.locator('[data-event-id]').evaluateAll((b) => b.map((x) => x.dataset.eventId));
    assert.deepEqual(told, ['summit-2024', 'treaty-1961', 'treaty-2000', 'summit-2023', 'summit-2000', 'summit-2019']);
    assert.equal(await page.getByRole('button', { name: 'As told' }).getAttribute('aria-pressed'), 'true');
    await page.getByRole('button', { name: 'By date' }).click();
    assert.deepEqual(await page.locator('[data-event-id]').evaluateAll((b) => b.map((x) => x.dataset.eventId)), Object.keys(SEED));
    assert.deepEqual(page.problems, []);
    await page.close();
  });
});

describe('the publication date', () => {
  test('is shown, and changing it dates relative words again at once; Undo restores it', async () => {
    const page = await openPage(browser, site.url);
    assert.equal(await page.getByLabel('Published on').inputValue(), '2024-06-19');
    await page.getByText('Your own article').click();
    await page.getByLabel('Article text').fill('Vote held\n\nThe council voted on Monday, after a hearing in 2023.');
    await page.getByRole('button', { name: 'Build timeline' }).click();
    await page.waitForSelector('[data-date="2023"]');
    assert.equal(await page.getByLabel('Published on').inputValue(), '');
    await page.getByLabel('Published on').fill('2013-03-22');
    await page.getByLabel('Published on').press('Enter');
    await page.waitForSelector('[data-date="2013-03-18"]');
    assert.match(await page.locator('article .timex', { hasText: 'Monday' }).getAttribute('data-tip'), /18 March 2013, counted from the dateline, 22 March 2013/);
    await page.getByRole('button', { name: 'Undo' }).click();
    await page.waitForFunction(() => !document.querySelector('[data-date="2013-03-18"]'));
    assert.equal(await page.getByLabel('Published on').inputValue(), '');
    assert.deepEqual(page.problems, []);
    await page.close();
  });
});

describe('sharing', () => {
  test('"Copy link" copies a link for readers to a hosted timeline at its event, the editor a click away; own work has no such link', async () => {
    const page = await browser.newPage({ permissions: ['clipboard-read', 'clipboard-write'] });
    await page.goto(`${site.url}?timeline=bridge.timeline.json`);
    await page.waitForSelector('[data-event-id="barge-strike"]');
    await page.click('[data-event-id="barge-strike"]');
    await page.getByRole('button', { name: 'Copy link' }).click();
    await page.getByText(/^Link copied\. It opens this timeline for readers, without the editor/).waitFor();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    assert.equal(link, `${site.url}?timeline=bridge.timeline.json&embed=#event=barge-strike`);

    // A reader gets the timeline and the article, not the editor, the Library or the exports.
    const opened = await browser.newPage();
    await opened.goto(link);
    await opened.waitForSelector('[data-event-id="barge-strike"][aria-pressed="true"]');
    for (const gone of ['Build timeline', 'Undo', 'Export JSON', 'Copy link']) {
      assert.equal(await opened.getByRole('button', { name: gone }).isVisible(), false, `no "${gone}" for readers`);
    }
    assert.equal(await opened.getByText(/^Library/).isVisible(), false);
    assert.equal(await opened.getByLabel('Published on').isVisible(), false);
    // The author is one click from the editor.
    const full = opened.getByRole('link', { name: 'Open in Sourceline' });
    const [author] = await Promise.all([opened.context().waitForEvent('page'), full.click()]);
    await author.waitForSelector('[data-event-id="barge-strike"][aria-pressed="true"]');
    await author.getByRole('button', { name: 'Undo' }).waitFor();
    assert.equal(author.url(), `${site.url}?timeline=bridge.timeline.json#event=barge-strike`);
    await opened.close();

    await page.getByText('Your own article').click();
    await page.getByLabel('Article text').fill('Vote\n\nMarch 22, 2013\n\nThe council voted on Monday.');
    await page.getByRole('button', { name: 'Build timeline' }).click();
    await page.waitForSelector('[data-date="2013-03-18"]');
    assert.equal(await page.getByRole('button', { name: 'Copy link' }).count(), 0);
    await page.close();
  });
});

describe('a long article', () => {
  test('5 MB is read in the background with progress, can be cancelled, and the page answers meanwhile', async () => {
    const page = await openPage(browser, site.url);
    const seed = JSON.parse(await readFile(`${here}../data/seed.timeline.json`, 'utf8')).document.text;
    await page.getByText('Your own article').click();
    const length = await page.evaluate((article) => {
      const copies = Math.ceil(5e6 / article.length);
      const area = document.getElementById('article-text');
      area.value = Array(copies).fill(article).join('\n\n');
      return area.value.length;
    }, seed);
    assert.ok(length >= 5e6);
    // The browser lays out a pasted text when it is pasted: let that happen before measuring.
    await page.evaluate(() => new Promise((done) => {
      void document.getElementById('article-text').scrollHeight;
      requestAnimationFrame(() => requestAnimationFrame(done));
    }));
    const build = page.getByRole('button', { name: 'Build timeline' });
    const status = page.getByRole('status').filter({ hasText: 'Reading the article' });

    await build.click();
    await status.waitFor();
    await page.waitForFunction(() => Number(document.getElementById('build-progress')?.value) > 0);
    await page.getByRole('button', { name: 'Cancel' }).click();
    await status.waitFor({ state: 'detached' });
    assert.equal(await page.locator('[data-event-id]').count(), 6, 'the seed stays');

    await build.click();
    await status.waitFor();
    // While the worker reads, the page still answers: an event chosen on the timeline is chosen.
    await page.locator('[data-event-id="summit-2000"]').click();
    await page.waitForSelector('[data-event-id="summit-2000"][aria-pressed="true"]', { timeout: 5_000 });
    assert.ok(await status.isVisible(), 'the article is still being read');
    await status.waitFor({ state: 'detached', timeout: 60_000 });
    await page.waitForFunction(() => document.querySelectorAll('article [data-sentence]').length > 100);
    // Too long for the browser's storage: said, and the timeline stays on screen.
    await page.getByRole('alert').filter({ hasText: 'too long to keep' }).waitFor();
    assert.deepEqual(await page.locator('[data-event-id]').evaluateAll((b) => b.map((x) => x.dataset.date)), Object.values(SEED).map(([date]) => date));
    // The article is drawn a part at a time; the rest comes on request.
    const drawn = await page.locator('article [data-sentence]').count();
    await page.getByRole('button', { name: /Show more of the article/ }).click();
    await page.waitForFunction((n) => document.querySelectorAll('article [data-sentence]').length > n, drawn);
    await page.close();
  });
});
