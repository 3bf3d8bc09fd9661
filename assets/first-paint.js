// What the page's first paint depends on that only a script can know, applied before the page
// is drawn (a script of its own, which the page waits for): the theme the reader chose in the
// Theme menu (src/components/theme.rs), and whether the page is embedded (`?embed`, or shown
// in another page's frame at all), which draws it as a compact reader (styles/app.css,
// `data-embed`) that never reopens the reader's own work.
const root = document.documentElement;
try {
  const theme = localStorage.getItem('sourceline.theme');
  if (theme === 'light' || theme === 'dark') root.dataset.theme = theme;
} catch {
  // Storage turned off: the system's theme.
}
if (new URLSearchParams(location.search).has('embed') || window.top !== window) root.dataset.embed = '';
