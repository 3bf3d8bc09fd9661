#!/usr/bin/env node
// The page benchmark: the built dist/ against TimelineJS3 (the seed's six events) and
// vis-timeline (generated timelines of 1,000 to 100,000 events), each served from local files
// over HTTP on 127.0.0.1 and loaded in headless Chromium with a fresh cache, beside two floors
// measured in the same run: the least any page takes (one button in plain HTML), and for each
// file the least a page that reads it takes (its only script fetches the file and shows a
// button once every byte has arrived, parsing nothing). Prints one table of medians:
// navigation start to the first event visible, against both floors and the peer; when the
// page became live (its wasm started); a zoom click and a pan of one screen (ours only: the
// axis scrolled) to the next frame; the longest task while loading and after; the number of
// DOM elements; and the bytes (gzip -9) of the HTML, JS, wasm and CSS the page loads before
// any timeline data. Then each budget, met or not.
//
//   node scripts/page-bench.mjs [--runs N] [--only seed,1000,10000,100000]
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';

import { serve } from '../e2e/server.mjs';
import { median } from './median.mjs';
import { launch } from '../e2e/browser.mjs';
import { sourcelineTimeline, timelineJsEvents } from '../e2e/generate.mjs';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const option = (name, fallback) => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? process.argv[at + 1] : fallback;
};
const RUNS = Number(option('runs', '5'));
const ONLY = option('only', 'seed,1000,10000,100000').split(',');
/** A run that shows nothing for this long is reported as a timeout. */
const TIMEOUT_MS = 180_000;

// Each page: where it is, the element that is an event on screen, what a zoom click is, and
// (where the page pans by scrolling) what is scrolled.
const SOURCELINE = {
  name: 'Sourceline',
  url: (data) => (data ? `sourceline/index.html?timeline=../data/${data}` : 'sourceline/index.html'),
  // An event's button, or a cluster's (both draw events); with a file, one of the file's, not
  // the seed's that the page shows while it loads.
  event: (data) => (data
    ? 'ol[aria-label="Timeline"] :is([data-event-id^="record-"], button.cluster)'
    : 'ol[aria-label="Timeline"] button'),
  zoom: 'button[aria-label="Zoom in"]',
  // Panning is scrolling the axis (as the wheel, a drag or a touch does).
  pan: '.timeline .viewport',
};
const TIMELINEJS = {
  name: 'TimelineJS3 3.9.11',
  url: () => 'peers/timelinejs.html',
  event: () => '.tl-timemarker-content-container',
  zoom: '.tl-menubar-button:has(.tl-icon-zoom-in)',
};
const VIS = {
  name: 'vis-timeline 8.5.4',
  url: (data) => `peers/vis.html?data=../data/${data}`,
  event: () => '.vis-item',
  zoom: '#zoom-in',
};

// The least any page can take: one button in plain HTML, no script, no stylesheet. What a
// page's first event costs beyond it is that page's own.
const FLOOR = {
  name: 'one button in plain HTML',
  url: () => 'peers/floor.html',
  event: () => 'button',
};
const FLOOR_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Floor</title><link rel="icon" href="data:,"></head>
<body><ol aria-label="Timeline"><li><button type="button">1961</button></li></ol></body></html>`;

// The least a page that shows a file takes: the file asked for as the page starts and a
// button shown when its last byte has arrived, nothing parsed. What a page's first event
// costs beyond it is that page's own reading and drawing.
const ARRIVES = {
  name: 'file arrives',
  url: (data) => `peers/arrives.html?data=../data/${data}`,
  event: () => 'button',
};
const ARRIVES_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>File arrives</title><link rel="icon" href="data:,">
<script>
fetch(new URL(location).searchParams.get('data')).then((r) => r.arrayBuffer()).then(() => {
  document.body.innerHTML = '<ol aria-label="Timeline"><li><button type="button">1961</button></li></ol>';
});
</script></head><body></body></html>`;

const TIMELINEJS_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>TimelineJS3</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="../node_modules/@knight-lab/timelinejs/dist/css/timeline.css">
<script src="../node_modules/@knight-lab/timelinejs/dist/js/timeline.js"></script></head>
<body style="margin:0"><div id="timeline" style="height:600px"></div>
<script>window.timeline = new TL.Timeline('timeline', '../data/seed.timelinejs.json');</script>
</body></html>`;

// vis-timeline with its peers (moment, vis-data), fed the same file Sourceline reads.
const VIS_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>vis-timeline</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="../node_modules/vis-timeline/styles/vis-timeline-graph2d.min.css">
<script src="../node_modules/moment/min/moment.min.js"></script>
<script src="../node_modules/vis-data/peer/umd/vis-data.min.js"></script>
<script src="../node_modules/vis-timeline/peer/umd/vis-timeline-graph2d.min.js"></script></head>
<body style="margin:0"><button id="zoom-in" type="button">Zoom in</button><div id="timeline"></div>
<script>
const data = new URL(location).searchParams.get('data');
fetch(data).then((r) => r.json()).then((file) => {
  const items = new vis.DataSet(file.events.map((e) => ({ id: e.id, content: e.title, start: e.date })));
  window.timeline = new vis.Timeline(document.getElementById('timeline'), items, {});
  // As Sourceline's zoom button: 1.6 times closer, at once.
  document.getElementById('zoom-in').onclick = () => window.timeline.zoomIn(0.375, { animation: false });
});
</script></body></html>`;

/**
 * Runs in the page before its own scripts: records when an event is first on screen, when the
 * page became live (Trunk's start script has run the wasm's start) and every long task.
 */
function recorder(selector) {
  const bench = { first: null, live: null, tasks: [] };
  window.__bench = bench;
  addEventListener('TrunkApplicationStarted', () => { bench.live = performance.now(); });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) bench.tasks.push([entry.startTime, entry.duration]);
  }).observe({ type: 'longtask', buffered: true });
  const onScreen = (element) => {
    const box = element.getBoundingClientRect();
    return box.width > 0 && box.height > 0 && box.bottom > 0 && box.right > 0
      && box.top < innerHeight && box.left < innerWidth;
  };
  const look = () => {
    for (const element of document.querySelectorAll(selector)) {
      if (onScreen(element)) {
        bench.first = performance.now();
        return;
      }
    }
    requestAnimationFrame(look);
  };
  requestAnimationFrame(look);
}

/**
 * Clicks `selector` (`act` 'click') or scrolls it on by its own width ('scroll'), and resolves
 * to the time until the frame after it has been drawn.
 */
function toNextFrame([selector, act]) {
  const element = document.querySelector(selector);
  if (!element) return null;
  const started = performance.now();
  if (act === 'click') element.click();
  else element.scrollLeft += element.clientWidth;
  return new Promise((done) => requestAnimationFrame(() => setTimeout(() => done(performance.now() - started), 0)));
}

const settle = (page) => page.evaluate(() => new Promise((done) => setTimeout(done, 500)));

/** One load of one page: its figures, or null where it did not show an event in time. */
async function measure(browser, base, engine, data, { transfer }) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const bodies = [];
  if (transfer) {
    page.on('response', (response) => {
      const kind = response.headers()['content-type'] ?? '';
      if (/html|javascript|wasm|css/.test(kind)) bodies.push(response.body().catch(() => Buffer.alloc(0)));
    });
  }
  await page.addInitScript(recorder, engine.event(data));
  try {
    await page.goto(base + engine.url(data), { timeout: TIMEOUT_MS });
    await page.waitForFunction(() => window.__bench.first !== null, null, { timeout: TIMEOUT_MS, polling: 100 });
    await settle(page);
    const zoom = engine.zoom ? await page.evaluate(toNextFrame, [engine.zoom, 'click']) : null;
    await settle(page);
    const pan = engine.pan ? await page.evaluate(toNextFrame, [engine.pan, 'scroll']) : null;
    await settle(page);
    const figures = await page.evaluate(() => {
      const { first, live, tasks } = window.__bench;
      const longest = (keep) => tasks.filter(keep).reduce((most, [, d]) => Math.max(most, d), 0);
      return {
        first,
        live,
        loadTask: longest(([start]) => start < first),
        afterTask: longest(([start]) => start >= first),
        nodes: document.getElementsByTagName('*').length,
      };
    });
    Object.assign(figures, { zoom, pan });
    if (transfer) {
      const loaded = await Promise.all(bodies);
      figures.transfer = loaded.reduce((sum, body) => sum + gzipSync(body, { level: 9 }).length, 0);
    }
    return figures;
  } catch (error) {
    console.error(`${engine.name} ${data ?? 'seed'}: ${error.message.split('\n')[0]}`);
    return null;
  } finally {
    await context.close();
  }
}

/**
 * `runs` loads of each of `engines` on `data`, taken in turn (ours, then each other page, run
 * after run), so that a change in the machine's load touches all alike; each page's medians.
 */
async function series(browser, base, engines, data, runs) {
  const all = engines.map(() => []);
  for (let run = 0; run < runs; run += 1) {
    for (const [i, engine] of engines.entries()) {
      // A page that did not show an event in the time allowed is not tried again.
      if (run > 0 && all[i][0] === null) continue;
      all[i].push(await measure(browser, base, engine, data, { transfer: run === 0 }));
    }
  }
  return all.map((loads) => {
    const done = loads.filter(Boolean);
    const of = (key) => median(done.map((f) => f[key]));
    return {
      runs: `${done.length}/${loads.length}`,
      first: of('first'), live: of('live'), zoom: of('zoom'), pan: of('pan'), loadTask: of('loadTask'), afterTask: of('afterTask'),
      nodes: of('nodes'), transfer: done[0]?.transfer ?? null,
    };
  });
}

const ms = (v) => (v === null || v === undefined ? 'n/a' : `${Math.round(v).toLocaleString('en-US')}`);
const count = (v) => (v === null ? 'n/a' : Math.round(v).toLocaleString('en-US'));
const kb = (v) => (v === null || v === undefined ? '' : `${Math.round(v / 1024)}`);
/** `ours` over `theirs`, as the table writes it; null where either is missing. */
const ratio = (ours, theirs) => (ours !== null && theirs ? ours / theirs : null);
const times = (r) => (r === null ? '' : `${r.toFixed(2)}x`);

const served = await mkdtemp(join(tmpdir(), 'sourceline-bench-'));
try {
  await symlink(join(root, 'dist'), join(served, 'sourceline'));
  await symlink(join(root, 'node_modules'), join(served, 'node_modules'));
  await mkdir(join(served, 'peers'));
  await mkdir(join(served, 'data'));
  await writeFile(join(served, 'peers', 'timelinejs.html'), TIMELINEJS_PAGE);
  await writeFile(join(served, 'peers', 'vis.html'), VIS_PAGE);
  await writeFile(join(served, 'peers', 'floor.html'), FLOOR_PAGE);
  await writeFile(join(served, 'peers', 'arrives.html'), ARRIVES_PAGE);
  const seed = JSON.parse(readFileSync(join(root, 'data', 'seed.timeline.json'), 'utf8'));
  await writeFile(join(served, 'data', 'seed.timelinejs.json'), JSON.stringify(timelineJsEvents(seed)));

  const cases = [];
  if (ONLY.includes('seed')) cases.push({ label: 'seed page (6 events)', size: 0, data: null, peer: TIMELINEJS });
  for (const size of [1000, 10000, 100000]) {
    if (!ONLY.includes(String(size))) continue;
    const file = `generated-${size}.timeline.json`;
    await writeFile(join(served, 'data', file), JSON.stringify(sourcelineTimeline(size)));
    cases.push({ label: `${size.toLocaleString('en-US')} events`, size, data: file, peer: VIS });
  }

  // The peers' pages start with inline scripts, which the page's own policy would block.
  const site = await serve([served], { policy: false });
  const browser = await launch();
  const [alone] = await series(browser, site.url, [FLOOR], null, RUNS);
  const rows = [['the browser alone', FLOOR.name, alone, {}]];
  const budgets = [];
  for (const { label, size, data, peer } of cases) {
    const floors = data ? [ARRIVES] : [];
    const [ours, theirs, arrives] = await series(browser, site.url, [SOURCELINE, peer, ...floors], data, RUNS);
    const vs = { button: ratio(ours.first, alone.first), arrives: ratio(ours.first, arrives?.first), peer: ratio(ours.first, theirs.first) };
    rows.push([label, SOURCELINE.name, ours, vs], ['', peer.name, theirs, {}]);
    if (arrives) rows.push(['', ARRIVES.name, arrives, {}]);
    // What the budgets ask of each case, in this run.
    const budget = (what, value, most, unit = 'x') => {
      const shown = value === null ? 'n/a' : unit === 'x' ? times(value) : `${ms(value)} ms`;
      const met = value !== null && (unit === 'x' ? value <= most : value < most);
      budgets.push(`${label}: ${what} ${shown}, budget ${unit === 'x' ? `at most ${most}x` : `under ${most} ms`}: ${met ? 'met' : 'NOT met'}`);
    };
    if (size === 0) budget('first event against TimelineJS3', vs.peer, 0.5);
    if (size > 0 && size < 100000) {
      budget('first event against the file arriving', vs.arrives, 2.5);
      budget('first event against vis-timeline', vs.peer, 0.5);
    }
    if (size >= 100000) {
      budget('first event against the file arriving', vs.arrives, 2);
      budget('longest task after the first event', ours.afterTask, 200, 'ms');
      budget('zoom to frame', ours.zoom, 50, 'ms');
    }
  }
  await browser.close();
  await site.close();

  const header = ['case', 'page', 'runs', 'first event ms', 'vs one button', 'vs file arrives', 'vs peer', 'live ms', 'zoom to frame ms', 'pan to frame ms', 'longest task ms (load / after)', 'DOM elements', 'transfer KB gzip'];
  console.log(`\nPage benchmark, headless Chromium, medians (${new Date().toISOString().slice(0, 10)})\n`);
  console.log(`| ${header.join(' | ')} |`);
  console.log(`|${header.map(() => '---').join('|')}|`);
  for (const [label, name, f, vs] of rows) {
    const live = f.live === null ? '' : ms(f.live);
    console.log(`| ${[label, name, f.runs, ms(f.first), times(vs.button ?? null), times(vs.arrives ?? null), times(vs.peer ?? null), live, ms(f.zoom), ms(f.pan), `${ms(f.loadTask)} / ${ms(f.afterTask)}`, count(f.nodes), kb(f.transfer)].join(' | ')} |`);
  }
  if (budgets.length > 0) console.log(`\n${budgets.join('\n')}`);
} finally {
  await rm(served, { recursive: true, force: true });
}
