// Weighs the parts of a wasm file by the names in its name section: each function's body
// is put in a part by its name, and each part is gzipped (-9) on its own. Parts compress
// less apart than together, so their figures are scaled to add up to the whole file's gzip.
//
//   node scripts/wasm-parts.mjs file.wasm [seed.json]
//
// The wasm must keep its names (wasm-opt -g); `scripts/wasm-parts` builds such a copy of the
// page's wasm. With seed.json, the data section is split into that file's bytes and the rest.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const [file, seedFile] = process.argv.slice(2);
if (!file) {
  console.error('usage: node scripts/wasm-parts.mjs file.wasm [seed.json]');
  process.exit(2);
}
const bytes = readFileSync(file);

function leb(at) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const byte = bytes[at++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
    if (byte < 0x80) return [value, at];
  }
}

function skipName(at) {
  const [length, start] = leb(at);
  return [bytes.subarray(start, start + length).toString('utf8'), start + length];
}

let imported = 0;
const bodies = [];
// The sections other than code, data and names: imports, exports, types, tables.
const structure = [];
// The file as served: every section but the custom ones (names).
const served = [bytes.subarray(0, 8)];
const names = new Map();
let data = Buffer.alloc(0);
for (let at = 8; at < bytes.length; ) {
  const id = bytes[at];
  const [size, start] = leb(at + 1);
  const end = start + size;
  if (id !== 0) served.push(bytes.subarray(at, end));
  if (id !== 0 && id !== 10 && id !== 11) structure.push(bytes.subarray(start, end));
  if (id === 2) {
    let [count, p] = leb(start);
    for (; count > 0; count--) {
      p = skipName(p)[1];
      p = skipName(p)[1];
      const kind = bytes[p++];
      if (kind === 0) {
        imported++;
        p = leb(p)[1];
      } else if (kind === 1) {
        p += 1;
        const [flags, q] = leb(p);
        p = leb(q)[1];
        if (flags & 1) p = leb(p)[1];
      } else if (kind === 2) {
        const [flags, q] = leb(p);
        p = leb(q)[1];
        if (flags & 1) p = leb(p)[1];
      } else if (kind === 3) {
        p += 2;
      } else {
        p = leb(p)[1];
      }
    }
  } else if (id === 10) {
    let [count, p] = leb(start);
    for (; count > 0; count--) {
      const [length, body] = leb(p);
      bodies.push(bytes.subarray(body, body + length));
      p = body + length;
    }
  } else if (id === 11) {
    data = bytes.subarray(start, end);
  } else if (id === 0) {
    const [name, p] = skipName(start);
    if (name === 'name') {
      for (let q = p; q < end; ) {
        const kind = bytes[q];
        const [length, body] = leb(q + 1);
        if (kind === 1) {
          let [count, r] = leb(body);
          for (; count > 0; count--) {
            const [index, s] = leb(r);
            const [text, t] = skipName(s);
            names.set(index, text);
            r = t;
          }
        }
        q = body + length;
      }
    }
  }
  at = end;
}
if (names.size === 0) {
  console.error(`${file} has no name section: build it with names kept (scripts/wasm-parts)`);
  process.exit(1);
}

// First match wins: the app's own code before the crates whose generics it fills in.
const parts = [
  ['app: components (their render code)', /CompStateInner<COMP> as yew::html::component::lifecycle::Stateful>::view|sourceline::components::/],
  ['app: state (reducer), app.rs, storage, worker client, browser, axis', /sourceline::/],
  ['core: timeline format (its JSON shapes and anchoring)', /sourceline_core::doc::format|DocumentJson|EventJson|MentionJson|Quote|format::File/],
  ['core: edits', /sourceline_core::doc::edit|doc::edit::Edit/],
  ['core: model, dates, sentences, sort', /sourceline_core/],
  ['serde and serde_json (the readers and writers of every JSON the page reads)', /serde/],
  ['yew (virtual DOM, hooks, scheduler)', /yew|implicit_clone|prokio|indexmap|hashbrown/],
  ['wasm-bindgen, js-sys, web-sys, gloo', /wasm_bindgen|js_sys|web_sys|gloo|__wbg|externref/],
  ['chrono', /chrono/],
  ['Rust std: allocation, strings, vectors; talc, the allocator', /talc|dlmalloc|alloc|__rust_alloc|__rdl/],
  ['Rust std: formatting', /fmt|flt2dec|panicking/],
  ['Rust std: other (iterators, slices, unicode)', /^/],
];
const grouped = new Map(parts.map(([label]) => [label, []]));
bodies.forEach((body, i) => {
  const name = names.get(imported + i) ?? '';
  const [label] = parts.find(([, pattern]) => pattern.test(name));
  grouped.get(label).push(body);
});
const gzip = (chunks) => gzipSync(Buffer.concat(chunks), { level: 9 }).length;
const rows = [...grouped].map(([label, chunks]) => ({
  label,
  raw: chunks.reduce((sum, c) => sum + c.length, 0),
  gz: gzip(chunks),
}));

const dataRows = [];
if (seedFile) {
  const seed = readFileSync(seedFile);
  const at = data.indexOf(seed);
  if (at >= 0) {
    const rest = [data.subarray(0, at), data.subarray(at + seed.length)];
    dataRows.push({ label: 'data: the seed timeline (JSON, embedded)', raw: seed.length, gz: gzip([seed]) });
    dataRows.push({ label: 'data: strings, tables', raw: data.length - seed.length, gz: gzip(rest) });
  }
}
if (dataRows.length === 0) dataRows.push({ label: 'data: strings, tables, the seed', raw: data.length, gz: gzip([data]) });

dataRows.push({
  label: 'module: imports, exports, types, tables',
  raw: structure.reduce((sum, s) => sum + s.length, 0),
  gz: gzip(structure),
});

// Scaled to the gzip of the file without its names, as served.
const all = rows.concat(dataRows);
const apart = all.reduce((sum, r) => sum + r.gz, 0);
const module = Buffer.concat(served);
const whole = gzip([module]);
const kb = (n) => (n / 1024).toFixed(1);
console.log(`| part | raw KB | gzip KB (scaled) |`);
console.log(`|---|---|---|`);
for (const r of all.sort((a, b) => b.gz - a.gz)) {
  console.log(`| ${r.label} | ${kb(r.raw)} | ${kb((r.gz * whole) / apart)} |`);
}
console.log(`| the page's wasm, as served | ${kb(module.length)} | ${kb(whole)} |`);
console.error(`parts gzipped apart add up to ${kb(apart)} KB, scaled to the file's ${kb(whole)} KB`);
