// Embedding: the Embed code shows a hosted timeline in another site's page as the compact
// reader, opened at the selected event, and tells that page which event the reader selects.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { serve } from './server.mjs';
import { launch, untilLive } from './browser.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));

let site;
let newsroom;
let browser;
let pages;

before(async () => {
  site = await serve([`${here}../dist`, `${here}fixtures`], { prefix: '/timelines/' });
  pages = await mkdtemp(join(tmpdir(), 'sourceline-embed-'));
  // Another site's page, on another port: its inline script is its own business.
  newsroom = await serve([pages], { policy: false });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await site?.close();
  await newsroom?.close();
  await rm(pages, { recursive: true, force: true });
});

test('the Embed code shows the timeline at its event in another site, which hears of each selection', async () => {
  const author = await browser.newPage({ permissions: ['clipboard-read', 'clipboard-write'] });
  await author.goto(`${site.url}?timeline=bridge.timeline.json`);
  await untilLive(author);
  await author.waitForSelector('[data-event-id="reopening"]');
  await author.click('[data-event-id="barge-strike"]');
  await author.getByRole('button', { name: 'Embed' }).click();
  const dialog = author.getByRole('dialog', { name: 'Embed this timeline' });
  await dialog.waitFor();
  const code = await dialog.getByLabel('Embed code').inputValue();
  assert.match(code, /^<iframe src="http:\/\/127\.0\.0\.1:\d+\/timelines\/\?timeline=bridge\.timeline\.json&amp;embed=&amp;theme=light#event=barge-strike" title="Timeline: Harbor bridge reopens after two-year repair"/);
  await dialog.getByRole('button', { name: 'Copy code' }).click();
  await dialog.getByText('Code copied.').waitFor();
  assert.equal(await author.evaluate(() => navigator.clipboard.readText()), code);
  await author.close();

  await writeFile(join(pages, 'story.html'), `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Story</title><link rel="icon" href="data:,"></head>
<body><h1>The bridge, a story</h1>${code}
<script>window.heard = []; addEventListener('message', (e) => { if (e.data?.type === 'sourceline:select') heard.push([e.origin, e.data.id, e.data.date]); });</script>
</body></html>`);
  const reader = await browser.newPage({ viewport: { width: 1000, height: 900 } });
  const problems = [];
  reader.on('pageerror', (e) => problems.push(e.message));
  reader.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
  await reader.goto(`${newsroom.url}story.html`);
  const frame = reader.frameLocator('iframe');
  const pressed = frame.locator('[data-event-id][aria-pressed="true"]');
  await pressed.first().waitFor();
  assert.equal(await pressed.getAttribute('data-event-id'), 'barge-strike', 'opened at its event');
  assert.ok((await frame.locator('article mark').count()) > 0, 'with its evidence marked');
  for (const gone of ['Build timeline', 'Export JSON', 'Undo', 'Embed']) {
    assert.equal(await frame.getByRole('button', { name: gone }).count(), 0, `no "${gone}" in the compact reader`);
  }
  assert.equal(await frame.getByText('Your own article').isVisible(), false);
  assert.equal(await frame.getByRole('region', { name: 'Edit event' }).isVisible().catch(() => false), false);
  await frame.getByRole('link', { name: 'Open in Sourceline' }).waitFor();
  assert.doesNotMatch(await frame.getByRole('link', { name: 'Open in Sourceline' }).getAttribute('href'), /embed/);

  await frame.locator('[data-event-id="reopening"]').click();
  await reader.waitForFunction(() => window.heard.some(([, id]) => id === 'reopening'));
  const heard = await reader.evaluate(() => window.heard);
  assert.deepEqual(heard.at(-1), [new URL(site.url).origin, 'reopening', '2013-03-21']);
  // The frame's own address follows the selection; the story's does not change.
  const inner = reader.frames().find((f) => f.url().startsWith(site.url));
  assert.match(inner.url(), /#event=reopening$/);
  assert.equal(reader.url(), `${newsroom.url}story.html`);
  // Its keys are listed there too, and Escape closes the list.
  await frame.locator('[data-event-id="reopening"]').press('?');
  await frame.getByRole('dialog', { name: 'Keyboard shortcuts' }).waitFor();
  await frame.getByRole('dialog', { name: 'Keyboard shortcuts' }).press('Escape');
  await frame.getByRole('dialog', { name: 'Keyboard shortcuts' }).waitFor({ state: 'hidden' });
  assert.deepEqual(problems, []);
  await reader.close();
});

test('any page in a frame is the compact reader, and never shows the reader\'s own work', async () => {
  const context = await browser.newContext();
  // The reader's own work, kept by the page opened on its own.
  const own = await context.newPage();
  await own.goto(site.url);
  await untilLive(own);
  await own.getByText('Your own article').click();
  await own.getByLabel('Article text').fill('Council votes\n\nMarch 3, 2021\n\nThe council voted on Monday.');
  await own.getByRole('button', { name: 'Build timeline' }).click();
  await own.waitForSelector('[data-date="2021-03-01"]');
  await own.close();
  await writeFile(join(pages, 'framed.html'), `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Framed</title><link rel="icon" href="data:,"></head>
<body><iframe src="${site.url}" title="A timeline" width="900" height="600"></iframe></body></html>`);
  const page = await context.newPage();
  await page.goto(`${newsroom.url}framed.html`);
  const frame = page.frameLocator('iframe');
  await frame.locator('[data-event-id="summit-2024"]').waitFor();
  assert.equal(await frame.locator('[data-date="2021-03-01"]').count(), 0, 'the built-in timeline, not the reader\'s');
  assert.equal(await frame.getByRole('button', { name: 'Build timeline' }).isVisible(), false);
  await context.close();
});

/** What a page in a frame shows of itself: its theme's paper, the lines of its timeline's bar,
 * and whether anything in it scrolls. */
const inside = (frame) => frame.evaluate(() => {
  const centres = [...document.querySelector('.timeline-bar').children]
    .filter((c) => c.getClientRects().length > 0)
    .map((c) => { const r = c.getBoundingClientRect(); return r.top + r.height / 2; })
    .sort((a, b) => a - b);
  const lines = centres.filter((y, i) => i === 0 || y - centres[i - 1] > 12).length;
  const scroller = document.scrollingElement;
  return {
    paper: getComputedStyle(document.documentElement).backgroundColor,
    lines,
    scrolls: scroller.scrollHeight > scroller.clientHeight + 1,
    height: Math.ceil(document.documentElement.getBoundingClientRect().height),
  };
});

test('in a story column 320, 480 or 720 px wide, light or dark, the bar keeps to two lines, the frame is as tall as what it shows, and the story chooses its theme', async () => {
  const author = await browser.newPage();
  await author.goto(`${site.url}?timeline=bridge.timeline.json#event=reopening`);
  await author.waitForSelector('[data-event-id="reopening"][aria-pressed="true"]');
  await author.getByRole('button', { name: 'Embed' }).click();
  const dialog = author.getByRole('dialog', { name: 'Embed this timeline' });
  const codes = [];
  for (const theme of ['light', 'dark', 'auto']) {
    await dialog.getByLabel('Theme').selectOption(theme);
    const code = await dialog.getByLabel('Embed code').inputValue();
    assert.match(code, new RegExp(`&amp;theme=${theme}#event=reopening"`));
    codes.push(code);
  }
  await author.close();
  // One story page holds the three, as a page may hold several timelines.
  const LIGHT = 'rgb(251, 250, 247)';
  const DARK = 'rgb(20, 23, 29)';
  for (const width of [320, 480, 720]) {
    await writeFile(join(pages, `column-${width}.html`), `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Column</title><link rel="icon" href="data:,">
<style>body { margin: 0 auto; max-width: ${width}px; background: #fff; color: #111; }</style></head>
<body><h1>The bridge, a story</h1>${codes.join('<p>More of the story.</p>')}<p>The end.</p>
<script>window.heights = []; addEventListener('message', (e) => { if (e.data?.type === 'sourceline:height') heights.push(e.data.height); });</script></body></html>`);
    for (const scheme of ['light', 'dark']) {
      const story = await browser.newPage({ viewport: { width, height: 800 }, colorScheme: scheme });
      await story.goto(`${newsroom.url}column-${width}.html`);
      const frames = story.locator('iframe');
      const inner = () => story.frames().filter((f) => f.url().startsWith(site.url));
      await story.waitForFunction((n) => document.querySelectorAll('iframe').length === n, 3);
      for (let k = 0; k < 3; k += 1) {
        // Frames load as the story scrolls to them (loading="lazy").
        await frames.nth(k).scrollIntoViewIfNeeded();
        await story.frameLocator('iframe').nth(k).locator('[data-event-id="reopening"][aria-pressed="true"]').waitFor();
      }
      const expected = [LIGHT, DARK, scheme === 'dark' ? DARK : LIGHT];
      for (const [k, frame] of inner().entries()) {
        const where = `${width} px, ${scheme}, frame ${k + 1}`;
        // The story has sized the frame to the height the page in it told it.
        await story.waitForFunction(async ([k, height]) => Math.abs(document.querySelectorAll('iframe')[k].getBoundingClientRect().height - height) <= 1, [k, (await inside(frame)).height]);
        const seen = await inside(frame);
        assert.equal(seen.paper, expected[k], `${where}: the theme the story chose`);
        assert.ok(seen.lines <= 2, `${where}: the bar holds ${seen.lines} lines`);
        assert.equal(seen.scrolls, false, `${where}: nothing scrolls inside the frame`);
        assert.ok(Math.abs((await frames.nth(k).boundingBox()).height - seen.height) <= 1, where);
      }
      assert.ok((await story.evaluate(() => window.heights.length)) >= 3, 'each frame told its height');
      await story.close();
    }
  }
});
