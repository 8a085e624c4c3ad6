// The page: a router over views. The address holds what is shown (/?q=Armenia&organ=SC&page=2,
// /?doc=ID), so a view can be linked to, bookmarked, and left with Back and Forward. Each view is a
// module with matches(params) and render(container, params); another view is added with addView.
import { $, showError } from './dom.js';
import { searchView } from './search-view.js';
import { documentView } from './document-view.js';
import { alignedView } from './aligned-view.js';

const views = [documentView, alignedView, searchView];

// A view that shows for the addresses it matches, tried before the search view (which shows for
// any address).
export function addView(view) {
  views.splice(views.length - 1, 0, view);
}

export function navigate(url) {
  if (!new URLSearchParams(location.search).has('doc')) documentView.remember(location.pathname + location.search);
  history.pushState(null, '', url);
  render();
}

let rendering = 0;

async function render() {
  const ticket = ++rendering;
  showError('');
  const params = new URLSearchParams(location.search);
  const view = views.find((v) => v.matches(params));
  try {
    await view.render($('view'), params, () => ticket === rendering);
  } catch (e) {
    if (ticket === rendering) showError(e.message);
  }
}

// Links within the page change the address without reloading it; with a modifier key (new tab)
// they stay ordinary links.
document.addEventListener('click', (event) => {
  const link = event.target.closest('a[data-nav]');
  if (!link || event.defaultPrevented || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
  event.preventDefault();
  navigate(link.getAttribute('href'));
});

$('search-form').addEventListener('submit', (event) => {
  event.preventDefault();
  navigate(searchView.addressOfForm(new URLSearchParams(location.search)));
});

window.addEventListener('popstate', render);
render();
