// Curating a timeline a journalist can trust: nothing typed, merged, curated or kept is lost
// without a word, every action ends in its result or a message, and dates are typed as people
// write them.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

import { serve } from './server.mjs';
import { launch, openPage } from './browser.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));

let site;
let browser;

before(async () => {
  site = await serve([`${here}../dist`], { prefix: '/desk/' });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await site?.close();
});

/** A report with a typo ("Febuary") in a date, and events to rename, delete and merge. */
const HARBOR = 'Harbor bridge\n\nMarch 22, 2013\n\n'
  + 'The bridge reopened on Thursday, the city said. It had been closed since a barge struck one of its piers in Febuary 2011.\n\n'
  + 'Engineers finished the last load tests in late 2012. A second bridge opened in 2009.\n\n'
  + 'The city first planned the repair in 2010.';

const editor = (page) => page.getByRole('region', { name: 'Edit event' });
/** What the page says of what was done (not problems): its status line. */
const notice = (page, words) => page.locator('.notice[role="status"]').filter({ hasText: words });
const events = (page) => page.locator('[data-event-id]').evaluateAll((b) => b.map((x) => [x.dataset.date, x.querySelector('.title').textContent]));

async function build(page, text) {
  if (!(await page.locator('details.compose').evaluate((d) => d.open))) await page.getByText('Your own article').click();
  await page.getByLabel('Article text').fill(text);
  await page.getByRole('button', { name: 'Build timeline' }).click();
}

/** Chooses, in the editor, the event whose option starts with `prefix` to merge with. */
async function mergeWith(page, prefix) {
  const select = editor(page).getByLabel('Merge with');
  const value = await select.locator('option').evaluateAll((options, p) => options.find((o) => o.textContent.startsWith(p))?.value, prefix);
  await select.selectOption(value);
}

async function rename(page, date, title) {
  await page.click(`[data-date="${date}"]`);
  await editor(page).getByLabel('Title').fill(title);
  await editor(page).getByRole('button', { name: 'Rename' }).click();
  await page.locator('[data-event-id] .title', { hasText: title }).waitFor();
}

describe('nothing typed is lost', () => {
  test('a title and a date typed and not applied are applied when another event is chosen, and said so', async () => {
    const page = await openPage(browser, site.url);
    await page.click('[data-event-id="summit-2019"]');
    await editor(page).getByLabel('Title').fill('Hanoi summit');
    await editor(page).getByLabel('Date').fill('April 25, 2019');
    await editor(page).getByText('Understood: 25 April 2019').waitFor();
    await page.click('[data-event-id="summit-2023"]');
    await page.locator('[data-event-id="summit-2019"][data-date="2019-04-25"] .title', { hasText: 'Hanoi summit' }).waitFor();
    await notice(page, 'was renamed "Hanoi summit" and dated 25 April 2019 as you moved on').waitFor();
    assert.equal(await editor(page).getByLabel('Title').inputValue(), 'Kim visits Russia for the second summit');
    await page.getByRole('button', { name: 'Undo' }).click();
    await page.locator('[data-event-id="summit-2019"][data-date="2019-04"]').waitFor();

    // A date that cannot be read waits in its event's editor, and the page says so.
    await editor(page).getByLabel('Date').fill('someday soon');
    await editor(page).getByText(/^Not understood: /).waitFor();
    await page.click('[data-event-id="treaty-1961"]');
    await notice(page, 'The date "someday soon" typed for "Kim visits Russia for the second summit" was not applied').waitFor();
    await page.click('[data-event-id="summit-2023"]');
    // The editor is drawn for the event chosen (a frame or two later, longer on a busy
    // machine), with what was typed for it.
    await page.waitForFunction(
      (title) => [...document.querySelectorAll('section[aria-label="Edit event"] input')].some((i) => i.value === title),
      'Kim visits Russia for the second summit',
    );
    assert.equal(await editor(page).getByLabel('Date').inputValue(), 'someday soon');
    assert.equal(await page.locator('[data-event-id="summit-2023"]').getAttribute('data-date'), '2023-09');
    assert.deepEqual(page.problems, []);
    await page.close();
  });

  test('merging events of two dates offers the span of both, and keeps it', async () => {
    const page = await openPage(browser, site.url);
    await build(page, 'Port expansion\n\nMarch 3, 2025\n\nThe port board approved the expansion in June 2025.\n\nThe new terminal is due to open in 2027.');
    await page.waitForSelector('[data-date="2027"]');
    await page.click('[data-date="2025-06"]');
    await mergeWith(page, '2027: ');
    const both = editor(page).getByRole('radio', { name: 'June 2025 to 2027 (both)' });
    assert.ok(await both.isChecked(), 'the span of both is offered first');
    await editor(page).getByRole('button', { name: 'Merge' }).click();
    await page.locator('[data-event-id][data-date="2025-06/2027"] .date', { hasText: 'June 2025 to 2027' }).waitFor();
    assert.equal(await page.locator('[data-event-id]').count(), 1);
    assert.equal(await editor(page).locator('.passages li').count(), 2);
    assert.deepEqual(page.problems, []);
    await page.close();
  });
});

describe('building again after the article changed', () => {
  test('keeps every rename, deletion, merge and passage, re-anchored by their words, in the same Library entry', async () => {
    const page = await openPage(browser, site.url);
    await build(page, HARBOR);
    await page.waitForSelector('[data-date="2009"]');
    await rename(page, '2012', 'Load tests end');
    await page.click('[data-date="2009"]');
    await editor(page).getByRole('button', { name: 'Delete event' }).click();
    await page.click('[data-date="2011"]');
    await mergeWith(page, '2010: ');
    await editor(page).getByRole('button', { name: 'Merge' }).click();
    await page.waitForSelector('[data-date="2010/2011"]');
    const curated = await events(page);
    await page.getByText('Library (1)').waitFor();

    await build(page, HARBOR.replace('Febuary', 'February'));
    await notice(page, 'Built again from the article as it is now, keeping 2 events you curated and 1 deletion').waitFor();
    assert.deepEqual(await events(page), curated);
    assert.match(await page.locator('article').textContent(), /piers in February 2011/);
    // The merged event, selected before, still is, with both passages.
    await page.locator('[data-date="2010/2011"][aria-pressed="true"]').waitFor();
    assert.deepEqual(await editor(page).locator('.passages q').allTextContents(), [
      'It had been closed since a barge struck one of its piers in February …',
      'The city first planned the repair in 2010.',
    ]);
    await page.getByText('Library (1)').waitFor();

    // What is no longer in the article is named; Undo brings back the timeline as it was.
    await build(page, HARBOR.replace('Engineers finished the last load tests in late 2012. ', ''));
    await page.getByRole('alert').filter({ hasText: 'Not kept from your curation: a passage of "Load tests end"' }).waitFor();
    assert.equal(await page.locator('[data-event-id] .title', { hasText: 'Load tests end' }).count(), 0);
    await page.getByRole('button', { name: 'Undo' }).click();
    await page.locator('[data-event-id] .title', { hasText: 'Load tests end' }).waitFor();
    assert.deepEqual(page.problems, []);
    await page.close();
  });
});

describe('the Library', () => {
  test('a timeline deleted can be restored, after a reload too, for the session', async () => {
    const page = await openPage(browser, site.url);
    await build(page, HARBOR);
    await page.waitForSelector('[data-date="2009"]');
    await rename(page, '2012', 'Load tests end');
    await page.getByText('Library (1)').click();
    await page.getByRole('button', { name: 'Delete "Harbor bridge" from the Library' }).click();
    await notice(page, '"Harbor bridge" was deleted from the Library').waitFor();
    await page.getByText('Library (0)').waitFor();
    await page.reload();
    await page.waitForSelector('[data-event-id]');
    await page.getByText('Library (0)').click();
    const gone = page.getByRole('list', { name: 'Deleted in this session' });
    await gone.getByRole('button', { name: 'Restore "Harbor bridge" to the Library' }).click();
    await page.getByText('Library (1)').waitFor();
    await page.getByRole('list', { name: 'Saved timelines' }).getByRole('button', { name: 'Harbor bridge', exact: true }).click();
    await page.locator('[data-event-id] .title', { hasText: 'Load tests end' }).waitFor();
    assert.equal(await gone.count(), 0, 'nothing is left to restore');
    assert.deepEqual(page.problems, []);
    await page.close();
  });

  test('entries say their source, the day built, their events and their last change; one article built again stays one entry', async () => {
    const page = await openPage(browser, site.url);
    await build(page, HARBOR);
    await page.waitForSelector('[data-date="2009"]');
    await rename(page, '2012', 'Load tests end');
    await build(page, HARBOR);
    await notice(page, 'Built again').waitFor();
    await page.getByText('Library (1)').waitFor();
    await build(page, 'Council vote\n\nMarch 22, 2013\n\nThe council voted on Monday.');
    await page.waitForSelector('[data-date="2013-03-18"]');
    await build(page, HARBOR);
    await page.waitForSelector('[data-date="2009"]');
    await page.getByText('Library (3)').click();
    const rows = page.getByRole('list', { name: 'Saved timelines' }).getByRole('listitem');
    const said = await rows.locator('.hint').allTextContents();
    const today = new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
    for (const entry of said) assert.match(entry, new RegExp(`^built ${today} · \\d events?(, \\d curated)? · changed ${today}, \\d\\d:\\d\\d$`), entry);
    const harbor = [said[0], said[2]];
    assert.notEqual(harbor[0], harbor[1], `two builds of one article are told apart: ${harbor.join(' | ')}`);
    assert.ok(harbor.some((entry) => / 1 curated /.test(entry)));
    assert.deepEqual(page.problems, []);
    await page.close();
  });
});

describe('every action ends in its result or a message', () => {
  test('"Export JSON" right after a new "Published on" saves the file with that date, and says so', async () => {
    const page = await openPage(browser, site.url);
    await page.getByLabel('Published on').fill('2024-06-25');
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 10_000 }),
      page.getByRole('button', { name: 'Export JSON' }).click(),
    ]);
    assert.equal(download.suggestedFilename(), 'russia-north-korea-upgrade-partnership.timeline.json');
    const file = JSON.parse(await readFile(await download.path(), 'utf8'));
    assert.equal(file.document.dateline, '2024-06-25');
    await notice(page, 'Saved "russia-north-korea-upgrade-partnership.timeline.json".').waitFor();
    assert.deepEqual(page.problems, []);
    await page.close();
  });

  test('a new "Published on" dates relative words again for proposed events, and says curated dates stay', async () => {
    const page = await openPage(browser, site.url);
    await page.getByLabel('Published on').fill('2024-07-25');
    await page.getByLabel('Published on').press('Enter');
    await notice(page, 'The 6 events you curated keep the dates you gave them').waitFor();
    assert.match(await page.locator('article .timex', { hasText: 'last September' }).getAttribute('data-tip'), /counted from the dateline, 25 July 2024$/);

    await build(page, 'Vote held\n\nThe council voted on Monday, after a hearing in 2023.');
    await page.waitForSelector('[data-date="2023"]');
    await rename(page, '2023', 'Hearing on the plan');
    await page.getByLabel('Published on').fill('2013-03-22');
    await page.getByLabel('Published on').press('Enter');
    await page.waitForSelector('[data-date="2013-03-18"]');
    await notice(page, 'Of the 1 event the extractor proposed, 1 moved. The event you curated keeps the date you gave it').waitFor();
    assert.match(await page.locator('article .timex', { hasText: 'Monday' }).getAttribute('data-tip'), /18 March 2013, counted from the dateline, 22 March 2013/);
    assert.equal(await page.locator('[data-date="2023"] .title').textContent(), 'Hearing on the plan');
    assert.deepEqual(page.problems, []);
    await page.close();
  });
});

describe('dates as people write them', () => {
  test('the editor reads a date as written, shows what it understood before it is applied, and says why it cannot', async () => {
    const page = await openPage(browser, site.url);
    await page.click('[data-event-id="summit-2019"]');
    const date = editor(page).getByLabel('Date');
    await date.fill('March 20, 2025');
    await editor(page).getByText('Understood: 20 March 2025', { exact: true }).waitFor();
    assert.equal(await page.locator('[data-event-id="summit-2019"]').getAttribute('data-date'), '2019-04', 'shown, not applied yet');
    for (const [typed, understood, value] of [
      ['March 20, 2025', 'Understood: 20 March 2025', '2025-03-20'],
      ['spring 2019', 'Understood: spring 2019', '2019-SP'],
      ['20 March 2025', 'Understood: 20 March 2025', '2025-03-20'],
      ['2019 to 2021', 'Understood: 2019 to 2021', '2019/2021'],
      ['20/03/2025', 'Understood: 20 March 2025', '2025-03-20'],
      ['the 1990s', 'Understood: the 1990s', '199'],
      ['early 2026', 'Understood: the start of 2026, drawn as 2026', '2026'],
      ['2019-SU', 'Understood: summer 2019', '2019-SU'],
    ]) {
      await date.fill(typed);
      await editor(page).getByText(understood, { exact: true }).waitFor();
      await editor(page).getByRole('button', { name: 'Change date' }).click();
      await page.locator(`[data-event-id="summit-2019"][data-date="${value}"]`).waitFor();
    }
    await date.fill('when the snow melts');
    await editor(page).getByRole('button', { name: 'Change date' }).click();
    const refused = page.getByRole('alert').filter({ hasText: 'The date was not changed: no date was found in "when the snow melts"' });
    await refused.waitFor();
    assert.doesNotMatch(await refused.textContent(), /TimeML/);
    assert.equal(await page.locator('[data-event-id="summit-2019"]').getAttribute('data-date'), '2019-SU');
    assert.deepEqual(page.problems, []);
    await page.close();
  });

  test('cards name a week by its first day, as a reader would', async () => {
    const page = await openPage(browser, site.url);
    await build(page, 'Audit closes\n\nMarch 12, 2025\n\nThe city audit ended last week, officials said.');
    await page.locator('[data-event-id][data-date="2025-W10"] .date', { hasText: 'the week of 3 March 2025' }).waitFor();
    assert.deepEqual(page.problems, []);
    await page.close();
  });
});
