// Hostile input: the XSS payloads of fixtures/xss-payloads.txt, each made to set
// window.__xss or open a dialog if it ever runs, fed to every way text reaches the page (a
// pasted article, both timeline formats in every string field, `#event=`, `?timeline=`, a
// dropped HTML page). Nothing may run, no markup may appear, and where the words are shown
// they are shown as written. Many payloads share one article or file: each is still read by
// the same path as it would be alone.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { serve } from './server.mjs';
import { dropFile, launch, openPage, takeViolations } from './browser.mjs';
import { POLICY } from '../scripts/csp.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const PREFIX = '/hostile/';

const PAYLOADS = (await readFile(`${here}fixtures/xss-payloads.txt`, 'utf8'))
  .split('\n')
  .filter((line) => line !== '' && !line.startsWith('# '));
const ALL = PAYLOADS.join(' ');
/** The year each payload's sentence is dated by, so that each has an event of its own. */
const year = (i) => String(1900 + i);
const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
  .replace(/"/g, '&quot;').replace(/'/g, '&#39;');

let site;
let browser;
/** The hostile files, served beside the page. */
let files;

before(async () => {
  files = await mkdtemp(join(tmpdir(), 'sourceline-hostile-'));
  site = await serve([`${here}../dist`, files], { prefix: PREFIX });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await site?.close();
  await rm(files, { recursive: true, force: true });
});

/**
 * Opens `url` watching for any sign that a payload ran: a dialog (Chromium's
 * Page.javascriptDialogOpening, which Playwright reports) or a request for the `x` that the
 * payloads' images and media name.
 */
async function openWatched(url) {
  const page = await openPage(browser, url);
  page.ran = [];
  page.on('dialog', (dialog) => {
    page.ran.push(`dialog: ${dialog.message()}`);
    dialog.dismiss().catch(() => {});
  });
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.endsWith('/x')) page.ran.push(`request: ${request.url()}`);
  });
  return page;
}

/** Elements that only markup from a payload could have made: the page itself has none. */
function foreignMarkup() {
  const kinds = 'script, iframe, object, embed, img, svg, math, video, audio, source, base, meta, '
    + 'link, style, marquee, body * noscript';
  const urls = ['href', 'src', 'action', 'formaction', 'xlink:href', 'data'];
  return [...document.body.querySelectorAll('*')]
    .filter((e) => e.matches(kinds) || [...e.attributes].some((a) => /^on/i.test(a.name)
      || (urls.includes(a.name) && /^\s*(javascript|data):/i.test(a.value))))
    .map((e) => e.outerHTML.slice(0, 120));
}

/** Nothing ran: no flag, no dialog, no request, no markup; and the page is not broken. */
async function assertInert(page) {
  // Handlers that would fire on load, error or focus have had their chance.
  await page.waitForTimeout(250);
  assert.equal(await page.evaluate(() => window.__xss), undefined, 'window.__xss was set');
  assert.deepEqual(page.ran, []);
  assert.deepEqual(await page.evaluate(foreignMarkup), []);
  assert.deepEqual(page.problems.filter((p) => !p.includes('the server responded with a status of 404')), []);
}

/** Waits until the article on screen has `words`. */
const untilArticleHas = (page, words) => page.waitForFunction(
  (w) => document.querySelector('article')?.textContent.includes(w), words, { polling: 100 },
);

const text = (page, selector) => page.locator(selector).evaluateAll((all) => all.map((e) => e.textContent).join('\n'));

/** Asserts that `shown` holds every payload as written. */
function assertLiteral(shown, what) {
  const missing = PAYLOADS.filter((p) => !shown.includes(p));
  assert.deepEqual(missing, [], `${what} shows every payload as written`);
}

/** An article with one payload in each paragraph, each dated by a year of its own. */
const ARTICLE = ['Hostile words', 'March 22, 2013', ...PAYLOADS.map((p, i) => `In ${year(i)} it read ${p} there.`)];

test(`the payloads file holds the corpus (${PAYLOADS.length} payloads)`, () => {
  assert.ok(PAYLOADS.length >= 60);
  assert.equal(new Set(PAYLOADS).size, PAYLOADS.length, 'no payload twice');
});

describe('a pasted article', () => {
  test('is shown as its text, every payload as written, and nothing runs', async () => {
    const page = await openWatched(site.url);
    await page.getByText('Your own article').click();
    await page.getByLabel('Article text').fill(ARTICLE.join('\n\n'));
    await page.getByRole('button', { name: 'Build timeline' }).click();
    await untilArticleHas(page, ARTICLE.at(-1));
    assertLiteral(await text(page, 'article'), 'the article');
    await assertInert(page);
    await page.close();
  });
});

describe('timeline files', () => {
  /** Our format with a payload in every string field a file that opens may have (a mention's
   * value and mod are TimeML's, or the file is refused: see below). */
  const ours = {
    format: 'sourceline-timeline',
    version: 1,
    document: {
      title: ALL,
      source: ALL,
      dateline: '2013-03-22',
      text: ARTICLE.join('\n\n'),
      mentions: PAYLOADS.map((p, i) => ({ text: year(i), type: 'DATE', value: year(i), resolution: 'stated' })),
    },
    events: PAYLOADS.map((p, i) => ({
      id: `e${i}`,
      title: p,
      date: year(i),
      origin: 'curated',
      derivation: i === 0 ? ALL : p,
      evidence: [{ quote: ARTICLE[i + 2] }],
      mentions: [{ text: year(i), type: 'DATE', value: year(i), mod: 'APPROX', resolution: 'dateline' }],
    })),
  };

  test('our format, hosted: titles, source, text and derivation as written, nothing runs', async () => {
    await writeFile(join(files, 'hostile.timeline.json'), JSON.stringify(ours));
    const page = await openWatched(`${site.url}?timeline=hostile.timeline.json#event=e0`);
    await page.waitForSelector('[data-event-id="e0"][aria-pressed="true"]');
    assertLiteral(await text(page, 'article'), 'the article');
    assert.ok((await text(page, '.byline')).includes(ALL), 'the byline shows the source');
    assert.ok((await text(page, '.timeline')).includes(`How the date was found: ${ALL}`));
    // Most events share a cluster on the axis: each is selected in turn, which shows its
    // title and derivation and marks its evidence.
    const selected = page.locator('.timeline strong');
    for (const [i, payload] of PAYLOADS.entries()) {
      await page.evaluate((id) => { location.hash = `event=${id}`; }, `e${i}`);
      await selected.filter({ hasText: `${year(i)}: ` }).waitFor();
      assert.equal(await selected.textContent(), `${year(i)}: ${payload}`);
      assert.ok((await text(page, '.timeline')).includes(`How the date was found: ${payload}`));
      assert.deepEqual(await page.locator('article mark').allTextContents(), [ARTICLE[i + 2]]);
    }
    // Every underline is focused once, so that its value and derivation are shown.
    for (const timex of await page.locator('article .timex').all()) await timex.focus();
    await assertInert(page);
    await page.close();
  });

  test('our format, refused: each field that must be of a kind, and the file name, said as written', async () => {
    const page = await openWatched(site.url);
    await page.getByText('Your own article').click();
    const mention = ours.events[0].mentions[0];
    const refused = {
      format: { ...ours, format: ALL },
      dateline: { ...ours, document: { ...ours.document, dateline: ALL } },
      id: { ...ours, events: [{ ...ours.events[0], id: ALL }] },
      date: { ...ours, events: [{ ...ours.events[0], date: ALL }] },
      origin: { ...ours, events: [{ ...ours.events[0], origin: ALL }] },
      quote: { ...ours, events: [{ ...ours.events[0], evidence: [{ quote: ALL }] }] },
      type: { ...ours, events: [{ ...ours.events[0], mentions: [{ ...mention, type: ALL }] }] },
      value: { ...ours, events: [{ ...ours.events[0], mentions: [{ ...mention, value: ALL }] }] },
      mod: { ...ours, events: [{ ...ours.events[0], mentions: [{ ...mention, mod: ALL }] }] },
      resolution: { ...ours, events: [{ ...ours.events[0], mentions: [{ ...mention, resolution: ALL }] }] },
    };
    for (const [field, file] of Object.entries(refused)) {
      const name = `${PAYLOADS[13]} ${field}.json`;
      await page.getByLabel('Open a file').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
      const alert = page.getByRole('alert').filter({ hasText: `${field}.json` });
      await alert.waitFor();
      const said = await alert.textContent();
      assert.ok(said.includes(`The file "${name}" was not opened`), said);
      // A date is read as a range at its '/': the part that is not a date is quoted.
      const value = field === 'date' ? ALL.split('/')[0] : ALL;
      assert.ok(said.includes(value), `${field}: the refused value is said as written: ${said}`);
    }
    assert.equal(await page.locator('[data-event-id]').count(), 6, 'the seed timeline stays');
    await assertInert(page);
    await page.close();
  });

  test('TimelineJS: every string field, its HTML read as text, nothing runs', async () => {
    const page = await openWatched(site.url);
    const slide = (p, i) => ({
      unique_id: p,
      start_date: { year: 1900 + i, display_date: p },
      display_date: p,
      group: p,
      media: { url: p, caption: p, credit: p, thumbnail: p, alt: p, title: p, link: p },
      background: { url: p, color: p },
      // The headline as HTML, its tags dropped; the text escaped, so it reads as the payload.
      text: { headline: `${p} ${year(i)}`, text: `<p>${escape(p)}</p>` },
    });
    const timelinejs = {
      title: { text: { headline: escape(ALL), text: ALL }, media: { url: ALL } },
      events: PAYLOADS.map(slide),
      eras: [{ start_date: { year: 1900 }, end_date: { year: 2000 }, text: { headline: ALL, text: ALL } }],
    };
    await page.getByText('Your own article').click();
    await page.getByLabel('Open a file').setInputFiles({
      name: 'hostile.timelinejs.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(timelinejs)),
    });
    await page.locator('.timeline .hint').filter({ hasText: `${PAYLOADS.length} events` }).waitFor();
    assertLiteral(await text(page, 'article'), 'the article');
    assert.ok((await text(page, '.library')).includes(ALL), 'the Library names the file by its title');

    const refused = { ...timelinejs, events: [{ ...slide(PAYLOADS[0], 0), start_date: { year: ALL } }] };
    await page.getByLabel('Open a file').setInputFiles({
      name: 'refused.timelinejs.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(refused)),
    });
    await page.getByRole('alert').filter({ hasText: 'refused.timelinejs.json' }).waitFor();
    await assertInert(page);
    await page.close();
  });
});

describe('the address', () => {
  test('#event= names no event: said as the address has it, on load and on each change', async () => {
    const page = await openWatched(`${site.url}#event=${encodeURIComponent(PAYLOADS[0])}`);
    const asked = () => page.evaluate(() => location.hash.slice(1).split('&').find((p) => p.startsWith('event='))?.slice(6));
    for (const payload of PAYLOADS) {
      await page.evaluate((p) => { location.hash = `event=${p}`; }, payload);
      const id = await asked();
      if (!id) continue;
      await page.getByRole('alert').filter({ hasText: `There is no event "${id}"` }).waitFor();
    }
    assert.equal(await page.locator('[data-event-id]').count(), 6);
    await assertInert(page);
    await page.close();
  });

  test('?timeline= of no file, or of a javascript: or data: address (refused, not fetched): said as written', async () => {
    const json = JSON.stringify({ format: 'sourceline-timeline', version: 1, document: { title: ALL, dateline: null, text: ALL }, events: [] });
    const refused = ['javascript:window.__xss=1', `data:application/json,${json}`, 'data:text/html,<script>window.__xss=1</script>'];
    for (const address of [ALL, ...refused]) {
      const page = await openWatched(`${site.url}?timeline=${encodeURIComponent(address)}`);
      const alert = page.getByRole('alert').filter({ hasText: 'was not loaded' });
      await alert.waitFor();
      const said = await alert.textContent();
      assert.ok(said.includes(`The timeline "${address}" was not loaded`), said);
      assert.equal(said.includes('only http and https addresses are read'), refused.includes(address), said);
      await assertInert(page);
      await page.close();
    }
  });
});

describe('a dropped HTML page', () => {
  test('gives its text, the escaped payloads as written; nothing in it runs', async () => {
    const page = await openWatched(site.url);
    await page.getByText('Your own article').click();
    // The payloads escaped (read as text) first; then as markup, which may swallow what follows.
    const html = `<!doctype html><html><head><title>${ALL}</title>
      <meta http-equiv="refresh" content="0;url=javascript:window.__xss=1"><base href="javascript:window.__xss=1//">
      <style>@import 'javascript:window.__xss=1';</style><script>window.__xss=1</script></head>
      <body onload="window.__xss=1"><h1>Hostile page</h1><p>March 22, 2013</p>
      ${PAYLOADS.map((p, i) => `<p title="${escape(p)}">In ${year(i)} it read ${escape(p)} there.</p>`).join('\n')}
      ${PAYLOADS.map((p) => `<p>${p}</p>`).join('\n')}
      </body></html>`;
    await dropFile(page, '.compose form', 'hostile.html', html);
    await untilArticleHas(page, `In ${year(PAYLOADS.length - 1)} it read ${PAYLOADS.at(-1)} there.`);
    assertLiteral(await page.getByLabel('Article text').inputValue(), 'the article text box');
    assertLiteral(await text(page, 'article'), 'the article');
    await assertInert(page);
    await page.close();
  });
});

describe('the policy', () => {
  test('is the first thing in the page, and holds where the host sends no header', async () => {
    const bare = await serve([`${here}../dist`], { prefix: '/bare/', policy: false });
    assert.equal((await fetch(bare.url)).headers.get('content-security-policy'), null);
    const page = await openWatched(bare.url);
    const meta = await page.evaluate(() => {
      const policy = document.querySelector('meta[http-equiv="Content-Security-Policy"]');
      const governed = document.querySelector('script, link, style, base');
      return [policy?.content, Boolean(policy.compareDocumentPosition(governed) & Node.DOCUMENT_POSITION_FOLLOWING)];
    });
    assert.deepEqual(meta, [POLICY, true]);
    // Were a payload ever to become markup, the policy would still stop it running.
    const blocked = await page.evaluate(() => new Promise((done) => {
      addEventListener('securitypolicyviolation', (e) => done(e.effectiveDirective), { once: true });
      const script = document.createElement('script');
      script.textContent = 'window.__xss = 1';
      document.body.append(script);
    }));
    assert.equal(blocked, 'script-src-elem');
    assert.equal(await page.evaluate(() => window.__xss), undefined);
    assert.equal(takeViolations().length, 1, 'the violation was reported, and taken');
    await page.close();
    await bare.close();
  });
});
