// Minifies the page's JavaScript glue in dist/ with Terser, which Trunk's own minifier cannot
// parse, and puts the new file's hash in index.html's integrity attribute in place of the old.
//
//   node scripts/minify-glue.mjs [dist]
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { minify } from 'terser';

import { integrity } from './integrity.mjs';

const dist = process.argv[2] ?? 'dist';
const glue = readdirSync(dist).filter((f) => /^sourceline-app-[0-9a-f]+\.js$/.test(f));
if (glue.length !== 1) {
  console.error(`minify-glue: expected one sourceline-app-*.js in ${dist}, found ${glue.length}`);
  process.exit(1);
}
const path = `${dist}/${glue[0]}`;
const page = `${dist}/index.html`;
const source = readFileSync(path, 'utf8');
const html = readFileSync(page, 'utf8');
if (!html.includes(integrity(source))) {
  console.error(`minify-glue: ${page} has no integrity hash of ${glue[0]} (minified already?)`);
  process.exit(1);
}
const { code } = await minify(source, { module: true, compress: true, mangle: true });
writeFileSync(path, code);
writeFileSync(page, html.replace(integrity(source), integrity(code)));
