#!/usr/bin/env node
// Lighthouse's performance audit of the built dist/, served over HTTP on 127.0.0.1 gzipped and
// with its Content-Security-Policy header, as a host would, in Debian's headless Chromium: the
// mobile preset (a mid-range phone, its CPU slowed four times, a slow 4G network, all
// simulated) and the desktop preset. Prints the median score and metrics of several runs, for
// the seed page as a reader opens it.
//
//   node scripts/lighthouse.mjs [--runs N]
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktop from 'lighthouse/core/config/desktop-config.js';

import { CHROMIUM } from '../e2e/browser.mjs';
import { serve } from '../e2e/server.mjs';
import { median } from './median.mjs';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const at = process.argv.indexOf('--runs');
const RUNS = at > 0 ? Number(process.argv[at + 1]) : 3;

/** The metrics printed, by Lighthouse's audit id, each with its unit. */
const METRICS = [
  ['first-contentful-paint', 'FCP ms'],
  ['largest-contentful-paint', 'LCP ms'],
  ['total-blocking-time', 'TBT ms'],
  ['cumulative-layout-shift', 'CLS'],
  ['speed-index', 'Speed Index ms'],
];

/** One audit: the performance score out of 100 and each metric's value. */
async function audit(url, chrome, config) {
  const flags = { port: chrome.port, onlyCategories: ['performance'], logLevel: 'error', output: 'json' };
  const { lhr } = await lighthouse(url, flags, config);
  if (lhr.runtimeError) throw new Error(`Lighthouse could not audit ${url}: ${lhr.runtimeError.message}`);
  return {
    score: Math.round(lhr.categories.performance.score * 100),
    metrics: METRICS.map(([id]) => lhr.audits[id].numericValue),
  };
}

const site = await serve([resolve(root, 'dist')], { compress: true });
const chrome = await chromeLauncher.launch({
  chromePath: CHROMIUM,
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
});
try {
  const rows = [];
  for (const [preset, config] of [['mobile', undefined], ['desktop', desktop]]) {
    const runs = [];
    for (let run = 0; run < RUNS; run += 1) runs.push(await audit(`${site.url}index.html`, chrome, config));
    const metrics = METRICS.map((_, i) => median(runs.map((r) => r.metrics[i])));
    rows.push([preset, median(runs.map((r) => r.score)), runs.map((r) => r.score).join(', '), ...metrics]);
  }
  const header = ['preset', 'performance (median)', 'each run', ...METRICS.map(([, name]) => name)];
  const shown = (v, i) => (i === 3 ? v.toFixed(3) : Math.round(v).toLocaleString('en-US'));
  console.log(`\nLighthouse performance, seed page, medians of ${RUNS} runs (${new Date().toISOString().slice(0, 10)})\n`);
  console.log(`| ${header.join(' | ')} |`);
  console.log(`|${header.map(() => '---').join('|')}|`);
  for (const [preset, score, each, ...metrics] of rows) {
    console.log(`| ${[preset, score, each, ...metrics.map(shown)].join(' | ')} |`);
  }
} finally {
  await chrome.kill();
  await site.close();
}
