/**
 * Runs in <head> before the first paint: applies the reader's stored scheme (class `dark` or `light` on
 * <html>; with neither, CSS follows the system), marks that scripts run (`js`), and handles the two
 * buttons that need the browser by delegation, so no content page ships a client component for them:
 * the theme toggle ([data-theme-toggle]), the copy-link button ([data-copy-link]) and a recording's play
 * button ([data-embed-play]), which only then builds the player's iframe from its box's data-embed-* attributes.
 * The text never changes between pages or builds, so one hash in a Content-Security-Policy covers it.
 */
const THEME_SCRIPT = `(function () {
  var root = document.documentElement;
  try {
    var stored = localStorage.getItem('theme');
    if (stored === 'dark' || stored === 'light') root.classList.add(stored);
  } catch (error) {}
  root.classList.add('js');
  function isDark() {
    if (root.classList.contains('dark')) return true;
    return !root.classList.contains('light') && window.matchMedia('(prefers-color-scheme: dark)').matches;
  }
  document.addEventListener('click', function (event) {
    var target = event.target instanceof Element ? event.target : null;
    var toggle = target && target.closest('[data-theme-toggle]');
    if (toggle) {
      var next = isDark() ? 'light' : 'dark';
      root.classList.remove('light', 'dark');
      root.classList.add(next);
      try { localStorage.setItem('theme', next); } catch (error) {}
      return;
    }
    var play = target && target.closest('[data-embed-play]');
    var box = play && play.closest('[data-embed]');
    if (box) {
      var frame = document.createElement('iframe');
      ['src', 'title', 'allow', 'sandbox', 'referrerpolicy'].forEach(function (name) {
        frame.setAttribute(name, box.getAttribute('data-embed-' + name) || '');
      });
      frame.setAttribute('allowfullscreen', '');
      box.replaceChildren(frame);
      frame.focus();
      return;
    }
    var copy = target && target.closest('[data-copy-link]');
    if (copy && navigator.clipboard && window.isSecureContext) {
      event.preventDefault();
      navigator.clipboard.writeText(copy.href).then(function () {
        copy.setAttribute('data-copied', '');
        setTimeout(function () { copy.removeAttribute('data-copied'); }, 2500);
      });
    }
  });
})();`;

export function ThemeScript() {
  return <script dangerouslySetInnerHTML={{ __html: THEME_SCRIPT }} />;
}
