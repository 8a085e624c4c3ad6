'use strict';
// The search page: talks to /api/search and /api/documents/{id}; builds the DOM with textContent,
// except for snippets, which the server escapes and marks up with <mark> only.

const FACET_LABELS = {
  organ: 'Organ', session: 'Session', year: 'Year', type: 'Type', language: 'Language',
  author: 'Author State', states: 'States mentioned', agenda: 'Agenda item'
};
const LANGUAGES = { ar: 'العربية', zh: '中文', en: 'English', fr: 'Français', ru: 'Русский', es: 'Español' };
// Which search parameter a facet filters on; a year is a date range.
const FILTER_PARAM = { organ: 'organ', session: 'session', type: 'type', language: 'lang', author: 'state', states: 'state', agenda: 'agenda' };

const state = { q: '', from: '', to: '', filters: {} };
const $ = (id) => document.getElementById(id);

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v !== null && v !== undefined) node.setAttribute(k, v);
  }
  for (const child of children) {
    if (child !== null && child !== undefined) node.append(child);
  }
  return node;
}

function searchParams() {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  let from = state.from, to = state.to;
  for (const [dim, value] of Object.entries(state.filters)) {
    if (dim === 'year') { from = from || value + '-01-01'; to = to || value + '-12-31'; }
    else params.set(FILTER_PARAM[dim], value);
  }
  if (from) params.set('from', from);
  if (to) params.set('to', to);
  params.set('limit', '20');
  return params;
}

function showError(message) {
  const box = $('error');
  box.textContent = message || '';
  box.hidden = !message;
}

async function getJson(url) {
  const response = await fetch(url);
  const body = await response.json().catch(() => ({ error: response.statusText }));
  if (!response.ok) throw new Error(body.error || response.statusText);
  return body;
}

async function runSearch() {
  showError('');
  $('document-view').hidden = true;
  $('search-view').hidden = false;
  try {
    const result = await getJson('/api/search?' + searchParams());
    renderFilters();
    renderFacets(result.facets);
    renderResults(result);
  } catch (e) {
    showError(e.message);
  }
}

function renderFilters() {
  const box = $('filters');
  box.replaceChildren();
  for (const [dim, value] of Object.entries(state.filters)) {
    const remove = el('button', { type: 'button', 'aria-label': 'remove filter' }, '×');
    remove.addEventListener('click', () => { delete state.filters[dim]; runSearch(); });
    box.append(el('span', { class: 'chip', 'data-dim': dim }, FACET_LABELS[dim] + ': ' + value, remove));
  }
}

function renderFacets(facets) {
  const box = $('facets');
  box.replaceChildren();
  for (const [dim, counts] of Object.entries(facets || {})) {
    const values = Object.entries(counts);
    if (values.length === 0) continue;
    const list = el('ul');
    for (const [value, count] of values) {
      const link = el('a', { href: '#', class: 'facet', 'data-dim': dim, 'data-value': value },
        el('span', {}, dim === 'language' ? (LANGUAGES[value] || value) : value), el('span', { class: 'count' }, String(count)));
      link.addEventListener('click', (event) => {
        event.preventDefault();
        state.filters[dim] = value;
        runSearch();
      });
      list.append(el('li', {}, link));
    }
    box.append(el('h2', {}, FACET_LABELS[dim] || dim), list);
  }
}

function renderResults(result) {
  $('total').textContent = result.total === 1 ? '1 document' : result.total + ' documents';
  const list = $('results');
  list.replaceChildren();
  for (const hit of result.hits) {
    const open = el('a', { href: '#', class: 'open', 'data-id': hit.id }, hit.title || hit.symbols.join(' ') || hit.id);
    open.addEventListener('click', (event) => { event.preventDefault(); openDocument(hit.id); });
    const snippet = el('div', { class: 'snippet', lang: hit.language, dir: hit.language === 'ar' ? 'rtl' : null });
    snippet.innerHTML = hit.snippet || '';
    const meta = [hit.symbols.join(' '), LANGUAGES[hit.language] || hit.language, hit.type, hit.date].filter(Boolean).join(' · ');
    list.append(el('li', { class: 'hit', 'data-id': hit.id, 'data-language': hit.language }, open, el('div', { class: 'meta' }, meta), snippet));
  }
}

// The record's fields shown beside the text, each with the evidence key it was read from.
function metadataRows(record) {
  const agenda = record.agendaItems.map((a) => a.number + (a.subItem || '') + (a.titleEn ? ' ' + a.titleEn : (a.title ? ' ' + a.title : '')));
  return [
    ['symbols', 'Symbols', record.symbols.join(', ')],
    ['language', 'Language', LANGUAGES[record.language] || record.language],
    ['type', 'Type', record.type],
    ['organs', 'Organs', record.organs.join(', ')],
    ['session', 'Session', record.session],
    ['securityCouncilYear', 'SC year', record.securityCouncilYear],
    ['agendaItems', 'Agenda items', agenda.join('; ')],
    ['date', 'Date', record.date],
    ['distribution', 'Distribution', record.distribution],
    ['originalLanguage', 'Original', record.originalLanguage],
    ['title', 'Title', record.title],
    ['letterDate', 'Letter date', record.letterDate],
    ['author', 'Author', record.author ? [record.author.name, record.author.state, record.author.role].filter(Boolean).join(' · ') : null],
    ['addressees', 'Addressees', record.addressees.join('; ')],
    ['signatories', 'Signatories', record.signatories.map((s) => s.name).join('; ')],
    ['jobNumber', 'Job number', record.jobNumber],
    ['mentions', 'States named', record.mentions.states.map((m) => m.code + ' (' + m.count + ')').join(', ')]
  ].filter(([, , value]) => value !== null && value !== undefined && value !== '');
}

// A pattern that finds a snippet in the text even where line breaks or spaces differ.
function snippetPattern(snippet) {
  const chars = Array.from(snippet.replace(/\s+/g, ''));
  if (chars.length === 0) return null;
  return new RegExp(chars.map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s*'));
}

// The text with each field's evidence wrapped in <mark class="evidence" data-field=...>.
function textWithEvidence(text, evidence) {
  const ranges = [];
  for (const [field, snippet] of Object.entries(evidence || {})) {
    const pattern = snippetPattern(snippet);
    const match = pattern && pattern.exec(text);
    if (match) ranges.push({ field, start: match.index, end: match.index + match[0].length });
  }
  ranges.sort((a, b) => a.start - b.start);
  const fragment = document.createDocumentFragment();
  let at = 0;
  for (const r of ranges) {
    if (r.start < at) continue;
    fragment.append(text.slice(at, r.start), el('mark', { class: 'evidence', 'data-field': r.field, title: r.field }, text.slice(r.start, r.end)));
    at = r.end;
  }
  fragment.append(text.slice(at));
  return fragment;
}

async function openDocument(id) {
  showError('');
  try {
    const [record, text, versions] = await Promise.all([
      getJson('/api/documents/' + id),
      fetch('/api/documents/' + id + '/text').then((r) => (r.ok ? r.text() : '')),
      getJson('/api/documents/' + id + '/versions')
    ]);
    $('search-view').hidden = true;
    const view = $('document-view');
    view.hidden = false;
    view.dataset.id = id;
    view.dataset.language = record.language;
    $('doc-title').textContent = record.title || record.symbols.join(' ') || id;
    $('source-link').href = '/api/documents/' + id + '/source';
    const table = $('metadata');
    table.replaceChildren();
    for (const [field, label, value] of metadataRows(record)) {
      const row = el('tr', { 'data-field': field, class: record.evidence[field] ? 'has-evidence' : null, title: record.evidence[field] || null },
        el('th', {}, label), el('td', {}, String(value)));
      row.addEventListener('click', () => focusEvidence(field));
      table.append(row);
    }
    const article = $('doc-text');
    article.setAttribute('lang', record.language);
    article.setAttribute('dir', record.language === 'ar' ? 'rtl' : 'ltr');
    article.replaceChildren(textWithEvidence(text, record.evidence));
    $('version-text').hidden = true;
    renderVersions(record, id, versions.versions);
    window.scrollTo(0, 0);
  } catch (e) {
    showError(e.message);
  }
}

function focusEvidence(field) {
  document.querySelectorAll('mark.evidence.focus').forEach((m) => m.classList.remove('focus'));
  const mark = document.querySelector('#doc-text mark.evidence[data-field="' + field + '"]');
  if (mark) { mark.classList.add('focus'); mark.scrollIntoView({ block: 'center' }); }
}

function renderVersions(record, id, versions) {
  const nav = $('versions');
  nav.replaceChildren();
  const all = [{ id, language: record.language }].concat(versions.filter((v) => v.language !== record.language));
  all.sort((a, b) => Object.keys(LANGUAGES).indexOf(a.language) - Object.keys(LANGUAGES).indexOf(b.language));
  for (const version of all) {
    const button = el('button', { type: 'button', class: 'version' + (version.id === id ? ' active' : ''), 'data-lang': version.language, 'data-id': version.id },
      LANGUAGES[version.language] || version.language);
    button.addEventListener('click', () => (version.id === id ? openDocument(id) : showBeside(version)));
    nav.append(button);
  }
  if (versions.length === 0) nav.append(el('span', { class: 'meta' }, 'No other language version in this index.'));
}

// Shows another language version beside the document; a second click on it opens it.
async function showBeside(version) {
  const side = $('version-text');
  if (!side.hidden && side.dataset.id === version.id) { openDocument(version.id); return; }
  try {
    const [record, text] = await Promise.all([
      getJson('/api/documents/' + version.id),
      fetch('/api/documents/' + version.id + '/text').then((r) => (r.ok ? r.text() : ''))
    ]);
    side.dataset.id = version.id;
    side.setAttribute('lang', version.language);
    side.setAttribute('dir', version.language === 'ar' ? 'rtl' : 'ltr');
    side.replaceChildren(el('h2', {}, (LANGUAGES[version.language] || version.language) + ' · ' + record.symbols.join(' ')),
      textWithEvidence(text, record.evidence));
    side.hidden = false;
    document.querySelectorAll('#versions button').forEach((b) => b.classList.toggle('beside', b.dataset.id === version.id));
  } catch (e) {
    showError(e.message);
  }
}

$('search-form').addEventListener('submit', (event) => {
  event.preventDefault();
  state.q = $('q').value.trim();
  state.from = $('from').value;
  state.to = $('to').value;
  runSearch();
});
$('back').addEventListener('click', (event) => { event.preventDefault(); runSearch(); });
runSearch();
