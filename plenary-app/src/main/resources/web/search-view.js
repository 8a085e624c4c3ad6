// The search view: the query, filters, order and page all come from the address; facets,
// results, pages and downloads are links to other addresses.
import { $, el, LANGUAGES, direction, unCopyUrl } from './dom.js';
import { getJson } from './api.js';

const PAGE_SIZE = 20;
const FACET_LABELS = {
  organ: 'Organ', session: 'Session', year: 'Year', type: 'Type', lang: 'Language',
  author: 'Author State', state: 'States (from or about)', agenda: 'Agenda item'
};
// What the address keeps beside the facets.
const PLAIN = ['q', 'from', 'to', 'sort'];

function address(params) {
  const text = params.toString();
  return '/' + (text ? '?' + text : '');
}

// The address of the search the form asks for, keeping the current facets.
function addressOfForm(current) {
  const params = new URLSearchParams();
  for (const name of PLAIN) {
    const value = $(name).value.trim();
    if (value) params.set(name, value);
  }
  for (const facet of Object.keys(FACET_LABELS)) {
    for (const value of current.getAll(facet)) params.append(facet, value);
  }
  return address(params);
}

// The address with one facet value added, or removed when it is there; back to page 1.
function toggled(params, facet, value) {
  const next = new URLSearchParams(params);
  const values = next.getAll(facet);
  next.delete(facet);
  for (const v of values) if (v !== value) next.append(facet, v);
  if (!values.includes(value)) next.append(facet, value);
  next.delete('page');
  return address(next);
}

// The API's parameters for the address's search (everything but the page).
function apiParams(params) {
  const api = new URLSearchParams();
  for (const [name, value] of params) {
    if (name !== 'page' && value !== '') api.append(name, value);
  }
  return api;
}

function label(facet, value) {
  return facet === 'lang' ? (LANGUAGES[value] || value) : value;
}

function renderFacets(box, params, facets) {
  for (const [facet, counts] of Object.entries(facets || {})) {
    const chosen = params.getAll(facet);
    const values = Object.entries(counts);
    if (values.length === 0 && chosen.length === 0) continue;
    const list = el('ul');
    for (const [value, count] of values) {
      const active = chosen.includes(value);
      list.append(el('li', {}, el('a', {
        href: toggled(params, facet, value), 'data-nav': true, class: 'facet' + (active ? ' active' : ''),
        'data-dim': facet, 'data-value': value, 'aria-pressed': String(active)
      }, el('span', {}, label(facet, value)), el('span', { class: 'count' }, String(count)))));
    }
    box.append(el('h2', {}, FACET_LABELS[facet] || facet), list);
  }
}

function renderChips(box, params) {
  for (const facet of Object.keys(FACET_LABELS)) {
    for (const value of params.getAll(facet)) {
      box.append(el('span', { class: 'chip', 'data-dim': facet }, FACET_LABELS[facet] + ': ' + label(facet, value),
        el('a', { href: toggled(params, facet, value), 'data-nav': true, 'aria-label': 'remove filter', class: 'remove' }, '×')));
    }
  }
}

function renderHit(hit) {
  const title = hit.title || hit.symbols.join(' ') || hit.id;
  const open = el('a', { href: '/?doc=' + hit.id, 'data-nav': true, class: 'open', 'data-id': hit.id, dir: 'auto' }, title);
  const snippet = el('div', { class: 'snippet', lang: hit.language, dir: direction(hit.language) });
  snippet.innerHTML = hit.snippet || ''; // escaped by the server, marked up with <mark> only
  const meta = el('div', { class: 'meta' },
    [hit.symbols.join(' '), LANGUAGES[hit.language] || hit.language, hit.type, hit.date].filter(Boolean).join(' · '));
  if (hit.symbols.length > 0) {
    meta.append(' · ', el('a', { href: unCopyUrl(hit.symbols[0], hit.language), class: 'un-copy', rel: 'noopener' }, 'UN copy'));
  }
  return el('li', { class: 'hit', 'data-id': hit.id, 'data-language': hit.language }, open, meta, snippet);
}

function renderPager(box, params, total, page) {
  const pages = Math.ceil(total / PAGE_SIZE);
  if (pages <= 1) return;
  const at = (n) => {
    const next = new URLSearchParams(params);
    if (n === 1) next.delete('page'); else next.set('page', String(n));
    return address(next);
  };
  const links = [];
  if (page > 1) links.push(el('a', { href: at(page - 1), 'data-nav': true, rel: 'prev', class: 'prev' }, '‹ previous'));
  const from = Math.max(1, page - 4);
  for (let n = from; n <= Math.min(pages, from + 9); n++) {
    links.push(n === page ? el('span', { class: 'current', 'aria-current': 'page' }, String(n))
      : el('a', { href: at(n), 'data-nav': true, 'data-page': String(n) }, String(n)));
  }
  if (page < pages) links.push(el('a', { href: at(page + 1), 'data-nav': true, rel: 'next', class: 'next' }, 'next ›'));
  box.append(...links);
}

export const searchView = {
  matches: () => true,
  addressOfForm,

  async render(container, params, current) {
    const page = Math.max(1, parseInt(params.get('page') || '1', 10) || 1);
    const api = apiParams(params);
    api.set('offset', String((page - 1) * PAGE_SIZE));
    api.set('limit', String(PAGE_SIZE));
    for (const name of PLAIN) $(name).value = params.get(name) || '';
    document.title = (params.get('q') ? params.get('q') + ' · ' : '') + 'plenary: search UN documents';
    const result = await getJson('/api/search?' + api);
    if (!current()) return;
    const facets = el('aside', { id: 'facets', 'aria-label': 'Facets' });
    renderFacets(facets, params, result.facets);
    const chips = el('div', { id: 'filters' });
    renderChips(chips, params);
    const first = result.hits.length ? result.offset + 1 : 0;
    const total = el('p', { id: 'total' }, result.total === 1 ? '1 document' : result.total + ' documents');
    const shown = el('span', { class: 'meta', id: 'shown' },
      ' · ' + first + '–' + (result.offset + result.hits.length) + ' shown · ' + result.tookMillis + ' ms');
    const exportParams = apiParams(params);
    exportParams.delete('sort');
    exportParams.set('format', 'csv');
    const csv = el('a', { id: 'download-csv', class: 'download', href: '/api/export?' + exportParams, download: 'plenary-search.csv' }, 'Download CSV');
    exportParams.set('format', 'jsonl');
    const jsonl = el('a', { id: 'download-jsonl', class: 'download', href: '/api/export?' + exportParams, download: 'plenary-search.jsonl' }, 'JSON Lines');
    const results = el('ol', { id: 'results', start: String(first || 1) }, ...result.hits.map(renderHit));
    const pager = el('nav', { id: 'pager', 'aria-label': 'Pages' });
    renderPager(pager, params, result.total, page);
    container.replaceChildren(el('div', { id: 'search-view', class: 'search' }, facets,
      el('section', {}, chips, el('div', { class: 'summary' }, total, shown, el('span', { class: 'downloads' }, csv, jsonl)), results, pager)));
    window.scrollTo(0, 0);
  }
};
