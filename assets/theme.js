// The theme the reader chose in the page's Theme menu (src/components/theme.rs), applied
// before the first paint: a script of its own, read before the page is drawn, so that the page
// is never drawn in the other theme first.
try {
  const theme = localStorage.getItem('sourceline.theme');
  if (theme === 'light' || theme === 'dark') document.documentElement.dataset.theme = theme;
} catch {
  // Storage turned off: the system's theme.
}
