// The step of `make dist` that lets the page work offline after one visit: writes dist/sw.js,
// the service worker of scripts/service-worker.js with this build's files and their integrity.
// It runs last, once every file is final; run again on a changed copy of dist/, it writes that
// copy's own list (sw.js itself is never listed).
//
//   node scripts/offline.mjs [dist]
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { minify } from 'terser';

import { integrity } from './integrity.mjs';

/** The service worker's name, which the app registers (src/browser.rs). */
const WORKER = 'sw.js';
const PAGE = 'index.html';
/** A name that holds a hash of the file's content, as Trunk and csp.mjs write them. */
const HASHED_NAME = /-[0-9a-f]{8,16}(_bg)?\.[a-z]+$/;

const dist = process.argv[2] ?? 'dist';
const names = readdirSync(dist, { recursive: true })
  .filter((name) => name !== WORKER && statSync(`${dist}/${name}`).isFile())
  .sort();
if (!names.includes(PAGE)) {
  console.error(`offline: ${dist} has no ${PAGE}`);
  process.exit(1);
}
const hashed = {};
const unhashed = {};
const version = createHash('sha256');
for (const name of names) {
  const sum = integrity(readFileSync(`${dist}/${name}`));
  version.update(`${name} ${sum}\n`);
  if (HASHED_NAME.test(name)) hashed[name] = sum;
  // Some hosts add to the HTML they serve: the page is taken as it comes.
  else unhashed[name] = name === PAGE ? null : sum;
}
const build = [
  `const VERSION = ${JSON.stringify(version.digest('hex').slice(0, 16))};`,
  `const HASHED = ${JSON.stringify(hashed)};`,
  `const UNHASHED = ${JSON.stringify(unhashed)};`,
].join('\n');
const template = readFileSync(new URL('service-worker.js', import.meta.url), 'utf8');
const { code } = await minify(`${build}\n${template}`, { compress: true, mangle: true });
writeFileSync(`${dist}/${WORKER}`, code);
