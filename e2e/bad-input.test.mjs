// Bad input: files that are not what they claim to be, opened every way a reader opens one
// (dropped, chosen with "Open a file", and, for timeline files, `?timeline=`). Each is
// reported in the alert in words that say what is wrong and where, the timeline on screen
// stays with the same events, and nothing panics. Files too large to keep in the browser (a
// 50 MB article, a timeline of 100,000 events) open, and the alert says they are not kept.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { serve } from './server.mjs';
import { launch, openPage } from './browser.mjs';
import { sourcelineTimeline } from './generate.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const PREFIX = '/bad-input/';
const SEED_IDS = ['treaty-1961', 'treaty-2000', 'summit-2000', 'summit-2019', 'summit-2023', 'summit-2024'];
const BRIDGE_IDS = ['barge-strike', 'reopening'];

const bridge = JSON.parse(await readFile(`${here}fixtures/bridge.timeline.json`, 'utf8'));
/** The bridge timeline with `change` made to a copy of it, as a file's bytes. */
const variant = (change) => {
  const copy = structuredClone(bridge);
  change(copy);
  return Buffer.from(JSON.stringify(copy, null, 2));
};
/** The first bytes of a PNG file, then bytes that are no text in any encoding. */
const binary = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]),
  Buffer.from(Array.from({ length: 240 }, (_, i) => (i * 151 + 7) % 256)),
]);

/**
 * Each bad file: its name, its bytes, and what the alert must say. `url` marks the timeline
 * files that are also opened with `?timeline=`.
 */
const CASES = [
  {
    what: 'invalid JSON (a missing comma on line 3)',
    name: 'comma.timeline.json',
    bytes: Buffer.from('{\n  "format": "sourceline-timeline",\n  "version": 1\n  "document": {}\n}\n'),
    says: [/not valid JSON/, /expected `,` or `}` \(line 4, column 3\)/],
    url: true,
  },
  {
    what: 'a JSON array',
    name: 'list.timeline.json',
    bytes: Buffer.from('[{"title": "A", "date": "2019"}]'),
    says: [/a list/, /not a Sourceline timeline/, /line 1, column 1/],
    url: true,
  },
  {
    what: 'an object without events',
    name: 'no-events.timeline.json',
    bytes: variant((t) => delete t.events),
    says: [/not a Sourceline timeline/, /"events" is missing/],
    url: true,
  },
  {
    what: 'an event with a number for its title',
    name: 'number-title.timeline.json',
    bytes: variant((t) => { t.events[1].title = 42; }),
    says: [/not a Sourceline timeline/, /42/, /expected a string/, /line \d+, column \d+/],
    url: true,
  },
  {
    what: 'evidence outside the text',
    name: 'outside.timeline.json',
    bytes: variant((t) => { t.events[0].evidence = [{ start: 9000, end: 9030, quote: 'The ferry sank in March 1999.' }]; }),
    says: [/event 'barge-strike' quotes "The ferry sank in March 1999\.", which is not in the article/],
    url: true,
  },
  {
    what: 'an impossible date',
    name: 'february.timeline.json',
    bytes: variant((t) => { t.events[0].date = '2023-02-30'; }),
    says: [/'2023-02-30' is not a date: February 2023 has 28 days \(line 13, column 26\)/],
    url: true,
  },
  {
    what: 'an empty timeline file',
    name: 'empty.timeline.json',
    bytes: Buffer.alloc(0),
    says: [/"empty\.timeline\.json"/, /is empty/],
    url: true,
  },
  {
    what: 'an empty article file',
    name: 'empty.txt',
    bytes: Buffer.alloc(0),
    says: [/"empty\.txt"/, /is empty/],
  },
  {
    what: 'a binary file named .json',
    name: 'picture.json',
    bytes: binary,
    says: [/"picture\.json"/, /not text/],
    url: true,
  },
  {
    what: 'a binary file named .txt',
    name: 'picture.txt',
    bytes: binary,
    says: [/"picture\.txt"/, /not text/],
  },
  {
    what: 'a text with no dates',
    name: 'undated.txt',
    bytes: Buffer.from('Gardening notes\n\nWater the tomatoes well and keep the basil out of the wind.\n'),
    says: [/"undated\.txt"/, /No dates were found/],
  },
];

let site;
let browser;
/** The bad files, served beside the page. */
let files;

before(async () => {
  files = await mkdtemp(join(tmpdir(), 'sourceline-bad-input-'));
  for (const { name, bytes } of CASES) await writeFile(join(files, name), bytes);
  site = await serve([`${here}../dist`, `${here}fixtures`, files], { prefix: PREFIX });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await site?.close();
  await rm(files, { recursive: true, force: true });
});

const eventIds = (page) => page.locator('[data-event-id]').evaluateAll((b) => b.map((x) => x.dataset.eventId));

/** The alert's text once it says something. */
async function alertText(page, timeout = 30_000) {
  const alert = page.getByRole('alert');
  await alert.locator('p').waitFor({ timeout });
  return (await alert.textContent()).trim();
}

/** Dismisses the alert, so that the next message is known to be new. */
async function dismiss(page) {
  await page.getByRole('alert').getByRole('button', { name: 'Dismiss this message' }).click();
  await page.getByRole('alert').locator('p').waitFor({ state: 'detached' });
}

/** Drops a file of `bytes` named `name` on the article form, as a reader would. */
async function drop(page, name, bytes) {
  const data = await page.evaluateHandle(([contents, file]) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([new Uint8Array(contents)], file));
    return transfer;
  }, [[...bytes], name]);
  await page.dispatchEvent('.compose form', 'drop', { dataTransfer: data });
}

/** Problems that only a panic or a trap would leave in the console. */
const crashes = (page) => page.problems.filter((p) => /panicked|RuntimeError|unreachable/i.test(p));

function assertSays(message, says) {
  for (const pattern of says) assert.match(message, pattern);
}

describe('a bad file is reported and the timeline on screen stays', () => {
  for (const { what, name, bytes, says } of CASES) {
    test(what, async () => {
      const page = await openPage(browser, site.url);
      await page.getByText('Your own article').click();

      await drop(page, name, bytes);
      assertSays(await alertText(page), says);
      assert.deepEqual(await eventIds(page), SEED_IDS, 'the seed stays after a drop');
      await dismiss(page);

      const input = page.getByLabel('Open a file');
      await input.setInputFiles(`${here}fixtures/bridge.timeline.json`);
      await page.waitForSelector('[data-event-id="barge-strike"]');
      await input.setInputFiles({ name, mimeType: 'application/octet-stream', buffer: bytes });
      assertSays(await alertText(page), says);
      assert.deepEqual(await eventIds(page), BRIDGE_IDS, 'the timeline opened earlier stays');

      assert.deepEqual(crashes(page), []);
      assert.deepEqual(page.problems, []);
      await page.close();
    });
  }
});

describe('a bad ?timeline= file is reported and the seed stays', () => {
  for (const { what, name, says } of CASES.filter((c) => c.url)) {
    test(what, async () => {
      const page = await openPage(browser, `${site.url}?timeline=${name}`);
      const message = await alertText(page);
      assert.match(message, new RegExp(`"${name.replace(/\./g, '\\.')}" was not loaded`));
      assertSays(message, says);
      assert.deepEqual(await eventIds(page), SEED_IDS);
      assert.deepEqual(page.problems, []);
      await page.close();
    });
  }
});

describe('files too large to keep', () => {
  const seedText = JSON.parse(readFileSync(`${here}../data/seed.timeline.json`, 'utf8')).document.text;

  test('a 50 MB article is read, shown, and the page says it cannot keep it', async () => {
    const copies = Math.ceil((50 * 1024 * 1024) / (seedText.length + 2));
    const path = join(files, 'fifty-megabytes.txt');
    await writeFile(path, Array(copies).fill(seedText).join('\n\n'));
    const page = await openPage(browser, site.url);
    await page.getByText('Your own article').click();
    await page.getByLabel('Open a file').setInputFiles(path);
    const message = await alertText(page, 120_000);
    assert.match(message, /is too long to keep in this browser, so it is only open here: export it to keep it/);
    const dates = await page.locator('[data-event-id]').evaluateAll((b) => b.map((x) => x.dataset.date));
    for (const date of ['1961', '2019-04', '2024-06-19']) assert.ok(dates.includes(date), `${date} in ${dates}`);
    assert.deepEqual(crashes(page), []);
    assert.deepEqual(page.problems, []);
    await page.close();
  });

  test('a timeline of 100,000 events opens, and the page says it cannot keep it', async () => {
    const path = join(files, 'hundred-thousand.timeline.json');
    await writeFile(path, JSON.stringify(sourcelineTimeline(100_000)));
    const page = await openPage(browser, site.url);
    await page.getByText('Your own article').click();
    await page.getByLabel('Open a file').setInputFiles(path);
    const message = await alertText(page, 120_000);
    assert.match(message, /is too long to keep in this browser, so it is only open here: export it to keep it/);
    assert.match(await page.locator('.timeline-bar .hint').textContent(), /100000 events/);
    assert.deepEqual(crashes(page), []);
    assert.deepEqual(page.problems, []);
    await page.close();
  });
});
