// What the page's first paint depends on that only a script can know, applied before the page
// is drawn (a script of its own, which the page waits for): the theme the reader chose in the
// Theme menu (src/components/theme.rs), and whether the page is embedded (`?embed`, or shown
// in another page's frame at all), which draws it as a compact reader (styles/app.css,
// `data-embed`) that never reopens the reader's own work.
const root = document.documentElement;
const params = new URLSearchParams(location.search);
const framed = window.top !== window;
const embedded = params.has('embed') || framed;
try {
  const theme = localStorage.getItem('sourceline.theme');
  if (theme === 'light' || theme === 'dark') root.dataset.theme = theme;
} catch {
  // Storage turned off: the system's theme.
}
if (embedded) {
  root.dataset.embed = '';
  // The page that embeds this one chooses its theme: `?theme=light` or `dark`, or `auto` for
  // the reader's system, whatever the reader chose on this site.
  const theme = params.get('theme');
  if (theme === 'light' || theme === 'dark') root.dataset.theme = theme;
  else if (theme === 'auto') delete root.dataset.theme;
}
// In a frame, the page around is told this page's height whenever it changes, so that the
// Embed code can make the frame as tall as its content and nothing scrolls inside it.
if (framed && 'ResizeObserver' in window) {
  new ResizeObserver(() => {
    parent.postMessage({ type: 'sourceline:height', height: Math.ceil(root.getBoundingClientRect().height) }, '*');
  }).observe(root);
}
// A `?timeline=` file is asked for now, as the page starts, so that it arrives while the
// page's wasm loads rather than after it; the wasm takes this response (src/browser.rs,
// `fetch_hosted`), never asking twice, and says what went wrong with it, if anything. Only web
// addresses: the page's policy forbids fetching any other, and the wasm says so.
const hosted = params.get('timeline');
if (hosted) {
  try {
    const url = new URL(hosted, location.href);
    if (url.protocol === 'http:' || url.protocol === 'https:') {
      const response = fetch(url);
      // Handled where the wasm reads it: no unhandled rejection in the meantime.
      response.catch(() => {});
      window.sourcelineHosted = { url: url.href, response };
      // The first view shows the page around the timeline, not the built-in article in its
      // place (styles/app.css): laying that out would only delay the file's own.
      root.dataset.opening = '';
    }
  } catch {
    // Not an address: the wasm says so.
  }
}
