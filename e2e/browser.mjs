// Starts Debian's Chromium through Playwright, with the flags this project's machines need,
// and records what a page does wrong: console errors, uncaught exceptions, outside requests.
// Any test during which a page breaks its Content-Security-Policy fails.
import { afterEach } from 'node:test';
import { chromium } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';

/** The policy violations pages reported since the last test ended. */
const violations = [];

// Under `node --test`, which sets NODE_TEST_CONTEXT in each test file's process; the
// benchmark (scripts/page-bench.mjs) launches Chromium from here too, outside any test.
if (process.env.NODE_TEST_CONTEXT) {
  afterEach(() => {
    if (violations.length > 0) {
      throw new Error(`the page broke its Content-Security-Policy:\n${violations.splice(0).join('\n')}`);
    }
  });
}

/** Takes the violations reported since the last test ended: for a test that causes one. */
export const takeViolations = () => violations.splice(0);

/** Has every page of `context` report its `securitypolicyviolation` events. */
async function watchPolicy(context) {
  await context.exposeBinding('__reportViolation', (_source, violation) => violations.push(violation));
  await context.addInitScript(() => {
    addEventListener('securitypolicyviolation', (e) => {
      const where = e.sourceFile ? ` at ${e.sourceFile}:${e.lineNumber}` : '';
      window.__reportViolation(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'}${where} ${e.sample}`);
    }, true);
  });
  return context;
}

/**
 * Launches Chromium; every page opened in it, by `newPage` or in a `newContext`, reports
 * policy violations.
 */
export async function launch() {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
  });
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (options) => watchPolicy(await newContext(options));
  // As Playwright's own newPage: a context of its own, closed with the page.
  browser.newPage = async (options) => {
    const context = await browser.newContext(options);
    const page = await context.newPage();
    page.once('close', () => context.close().catch(() => {}));
    return page;
  };
  return browser;
}

/** Opens a page that collects its problems in `page.problems` (a list of strings). */
export async function openPage(browser, url, { width = 1280, height = 900 } = {}) {
  const page = await browser.newPage({ viewport: { width, height } });
  const origin = new URL(url).origin;
  page.problems = [];
  page.on('console', (message) => {
    if (message.type() === 'error') page.problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => page.problems.push(`uncaught: ${error.message}`));
  page.on('request', (request) => {
    const target = request.url();
    if (!target.startsWith(origin) && !target.startsWith('data:')) page.problems.push(`outside request: ${target}`);
  });
  await page.goto(url);
  await untilLive(page);
  return page;
}

/**
 * Waits for the live page: the first view written into index.html shows the events before
 * the wasm runs, and the app removes it once its own page is drawn.
 */
export async function untilLive(page) {
  await page.waitForFunction(() => !document.getElementById('prerendered') && document.querySelector('[data-event-id]'));
}

/** Drops a file named `name` holding `text` (an HTML page) on `selector`, as a reader would. */
export async function dropFile(page, selector, name, text) {
  const data = await page.evaluateHandle(([contents, file]) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([contents], file, { type: 'text/html' }));
    return transfer;
  }, [text, name]);
  await page.dispatchEvent(selector, 'drop', { dataTransfer: data });
}
