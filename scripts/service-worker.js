// The page's service worker: after one visit the page works offline. `scripts/offline.mjs`
// writes it into dist/sw.js after these three constants, which describe one build:
//
//   VERSION   a hash of every file of the build: a new build is a new cache
//   HASHED    { name: integrity } of the files whose names hold a hash of their content
//   UNHASHED  { name: integrity } of the files whose names stay the same from build to build;
//             the page's own integrity is null (some hosts add to the HTML they serve)
//
// Files named by their content (the page's JavaScript, wasm, CSS, start script) never change:
// they are read from the cache first. The others, the page itself and the worker's files,
// are read from the network first, so that a reader online always gets the newest build, and
// from this build's cache when the network fails. Nothing from another site is kept.

/* global VERSION, HASHED, UNHASHED */

/** The page's folder: the build's files sit beside this script. */
const HERE = new URL('./', self.location);
/** Every cache of this copy of the page starts so: another copy on the same site has its own. */
const PREFIX = `sourceline ${HERE.pathname} `;
const BUILD = PREFIX + VERSION;
/** The `?timeline=` files of this site the page has read, kept from one build to the next. */
const TIMELINES = `${PREFIX}timelines`;

const address = (name) => new URL(name, HERE).href;
const hashed = new Map(Object.entries(HASHED).map(([name, integrity]) => [address(name), integrity]));
const unhashed = new Set(Object.keys(UNHASHED).map(address));
const INDEX = address('index.html');
/** The addresses that open the page; any other page of the site is left to the network. */
const PAGES = new Set([HERE.href, INDEX]);

self.addEventListener('install', (event) => {
  // Each file is fetched past the browser's HTTP cache and checked against the build's list,
  // so that the cache holds this build whole or nothing (if the host changes files meanwhile).
  const requests = Object.entries({ ...HASHED, ...UNHASHED }).map(
    ([name, integrity]) => new Request(address(name), { cache: 'reload', integrity: integrity ?? '' }),
  );
  event.waitUntil(
    caches.open(BUILD).then((cache) => cache.addAll(requests)).then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(
        names
          .filter((name) => name.startsWith(PREFIX) && name !== BUILD && name !== TIMELINES)
          .map((name) => caches.delete(name)),
      ))
      .then(() => self.clients.claim()),
  );
});

/** `request` from the network, or else `fallback()`'s answer; a network error without one. */
const networkFirst = (request, fallback) =>
  fetch(request).catch(async (error) => (await fallback()) ?? Promise.reject(error));

const fromBuild = (request) => caches.open(BUILD).then((cache) => cache.match(request));

/** A `?timeline=` file from the network, a copy kept; the copy when the network fails. */
async function timeline(request) {
  const cache = await caches.open(TIMELINES);
  try {
    const response = await fetch(request);
    if (response.ok && response.type === 'basic') await cache.put(request, response.clone());
    return response;
  } catch (error) {
    return (await cache.match(request)) ?? Promise.reject(error);
  }
}

/** This build's copy of the page, as a navigation may take it. */
async function page() {
  const kept = await fromBuild(INDEX);
  // A host that sends index.html on to the folder's address: a navigation refuses a response
  // that was redirected, but takes the same page as a response of its own.
  return kept?.redirected ? new Response(kept.body, kept) : kept;
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  const file = url.search === '' ? url.origin + url.pathname : null;
  if (request.mode === 'navigate') {
    // The page, with any `?timeline=` or `#event=`: this build's copy when offline.
    if (PAGES.has(url.origin + url.pathname)) event.respondWith(networkFirst(request, page));
  } else if (hashed.has(file)) {
    // Unless a page of another build asks for other content under the same name, as its
    // integrity says (a new minifier's glue under the wasm's hash): that is the network's.
    if ([hashed.get(file), ''].includes(request.integrity)) {
      event.respondWith(fromBuild(request).then((kept) => kept ?? fetch(request)));
    }
  } else if (unhashed.has(file)) {
    event.respondWith(networkFirst(request, () => fromBuild(request)));
  } else if (request.destination === '') {
    // What the page fetches itself: `?timeline=` files.
    event.respondWith(timeline(request));
  }
});
