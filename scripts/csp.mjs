// The page's Content-Security-Policy, and the step of `make dist` that puts it in
// dist/index.html as a <meta>. Trunk writes the page's start as an inline module script; it
// moves into a file of its own beside the page, so that every script is a file of the site
// and the policy holds no hash that changes with each build (a host can send it as a header
// unchanged). The page must then hold no inline script: if Trunk writes another, this fails.
//
//   node scripts/csp.mjs [dist]
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';

import { integrity } from './integrity.mjs';

/** What the page may load and run, each directive with why. */
const DIRECTIVES = [
  // Anything not named below comes from the page's own site only.
  "default-src 'self'",
  // Scripts are the site's files; 'wasm-unsafe-eval' lets them compile the site's WebAssembly
  // (it allows no eval of JavaScript). The worker, sourceline-worker_loader.js, is a file of
  // the site too, not a blob.
  "script-src 'self' 'wasm-unsafe-eval'",
  "worker-src 'self'",
  // Stylesheets are the site's files: no <style> element runs. Yew writes the timeline's
  // positions as style attributes (`style="--x: 120px"`, custom properties the stylesheet
  // reads), which are allowed as attributes only.
  "style-src 'self'",
  "style-src-attr 'unsafe-inline'",
  // The icon is the empty `data:,`, so that no browser asks the server for one.
  "img-src 'self' data:",
  // `?timeline=` may name a file on any host; what it fetches is read as data, never run.
  'connect-src *',
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
];

export const POLICY = DIRECTIVES.join('; ');

/**
 * The policy as a host sends it in a header: only a header can say who may frame the page.
 * Any site may, to embed a timeline (`?embed`); a framed page keeps storage of its own (the
 * browser partitions it by the site framing it), so a frame cannot reach the reader's Library.
 */
export const HEADER_POLICY = `${POLICY}; frame-ancestors *`;

/** `page` (dist/index.html's text) with its inline start script in `dist` and the policy. */
function secure(page, dist) {
  const inline = [...page.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].filter(
    ([, attributes]) => !/\bsrc=/.test(attributes),
  );
  const charset = page.match(/<meta charset=[^>]*>/i);
  if (inline.length !== 1 || !charset || /http-equiv="?Content-Security-Policy/i.test(page)) {
    throw new Error(
      `expected one inline script (found ${inline.length}), a <meta charset> and no policy yet`,
    );
  }
  const [script, attributes, code] = inline[0];
  const name = `sourceline-start-${createHash('sha256').update(code).digest('hex').slice(0, 16)}.js`;
  writeFileSync(`${dist}/${name}`, code);
  const external = `<script${attributes} src=./${name} integrity=${integrity(code)}></script>`;
  const meta = `<meta http-equiv=Content-Security-Policy content="${POLICY}">`;
  // The policy governs only what comes after it: it goes first, after the charset.
  return page.replace(script, () => external).replace(charset[0], () => `${charset[0]}${meta}`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dist = process.argv[2] ?? 'dist';
  const path = `${dist}/index.html`;
  try {
    writeFileSync(path, secure(readFileSync(path, 'utf8'), dist));
  } catch (e) {
    console.error(`csp: ${path}: ${e.message}`);
    process.exit(1);
  }
}
