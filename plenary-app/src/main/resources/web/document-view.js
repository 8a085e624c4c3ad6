// The document view (/?doc=ID): the masthead as a table, then the document as plenary read its
// structure (title, numbered paragraphs, headings, signature, annexes as sections), each field's
// evidence marked; the text as read from the source on request; other language versions beside it.
import { $, el, LANGUAGES, direction, textWithEvidence, isolatedText, showError, unCopyUrl } from './dom.js';
import { getJson, getText, documentUrl } from './api.js';

// The record's fields shown in the masthead table, each with the evidence key it was read from.
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
    ['letterDate', 'Letter date', record.letterDate],
    ['author', 'Author', record.author ? [record.author.name, record.author.state, record.author.role].filter(Boolean).join(' · ') : null],
    ['addressees', 'Addressees', record.addressees.join('; ')],
    ['signatories', 'Signatories', record.signatories.map((s) => s.name).join('; ')],
    ['jobNumber', 'Job number', record.jobNumber],
    ['mentions', 'States named', record.mentions.states.map((m) => m.code + ' (' + m.count + ')').join(', ')],
    ['source', 'Source file', record.source.path]
  ].filter(([, , value]) => value !== null && value !== undefined && value !== '');
}

function block(b, evidence, rtl) {
  const text = textWithEvidence(b.text, evidence, rtl);
  switch (b.kind) {
    case 'heading': return el('h3', { class: 'heading' }, text);
    case 'signature': return el('p', { class: 'signature' }, text);
    case 'quote': return el('blockquote', {}, text);
    case 'footnote': return el('p', { class: 'footnote' }, text);
    case 'table': return el('pre', { class: 'table' }, b.text);
    case 'list-item': return el('p', { class: 'list-item' }, b.number ? el('span', { class: 'number' }, b.number + ' ') : null, text);
    default: return el('p', { class: 'paragraph', 'data-number': b.number || null },
      b.number ? el('span', { class: 'number' }, b.number + ' ') : null, text);
  }
}

// The document as plenary read it: title, body, signature block, annexes.
function structure(record) {
  const rtl = record.language === 'ar';
  const article = el('article', { id: 'doc-text', class: 'structured', lang: record.language, dir: direction(record.language) });
  if (record.title) article.append(el('h2', { class: 'doc-title' }, textWithEvidence(record.title, record.evidence, rtl)));
  const body = el('section', { class: 'body' }, ...record.body.map((b) => block(b, record.evidence, rtl)));
  article.append(body);
  if (record.signatories.length > 0 && !record.body.some((b) => b.kind === 'signature')) {
    article.append(el('div', { class: 'signature-block' }, ...record.signatories.map((s) =>
      el('p', { class: 'signatory' }, el('span', { class: 'name' }, isolatedText(s.name, rtl)),
        ...s.titles.map((t) => el('span', { class: 'signatory-title' }, isolatedText(t, rtl)))))));
  }
  record.annexes.forEach((annex, i) => {
    const heading = [annex.label, annex.title].filter(Boolean).join(' · ');
    article.append(el('section', { class: 'annex', 'data-annex': String(i + 1) },
      el('h2', {}, isolatedText(heading || 'Annex', rtl)), ...annex.body.map((b) => block(b, record.evidence, rtl))));
  });
  return article;
}

function asRead(record, text) {
  return el('article', { id: 'doc-text', class: 'as-read', lang: record.language, dir: direction(record.language) },
    textWithEvidence(text, record.evidence, record.language === 'ar'));
}

function focusEvidence(field, showText) {
  document.querySelectorAll('mark.evidence.focus').forEach((m) => m.classList.remove('focus'));
  let mark = document.querySelector('#doc-text mark.evidence[data-field="' + field + '"]');
  if (!mark && showText()) mark = document.querySelector('#doc-text mark.evidence[data-field="' + field + '"]');
  if (mark) { mark.classList.add('focus'); mark.scrollIntoView({ block: 'center' }); }
}

// Shows another language version beside the document; a second click on it opens it.
async function showBeside(version, side) {
  const [record, text] = await Promise.all([getJson(documentUrl(version.id)), getText(documentUrl(version.id) + '/text')]);
  side.dataset.id = version.id;
  side.setAttribute('lang', version.language);
  side.setAttribute('dir', direction(version.language));
  side.replaceChildren(el('h2', {}, (LANGUAGES[version.language] || version.language) + ' · ' + record.symbols.join(' ')),
    record.body.length > 0 ? structure(record).cloneNode(true) : textWithEvidence(text, record.evidence, version.language === 'ar'));
  side.querySelectorAll('[id]').forEach((n) => n.removeAttribute('id'));
  side.hidden = false;
  document.querySelectorAll('#versions button').forEach((b) => b.classList.toggle('beside', b.dataset.id === version.id));
}

let lastSearch = null;

export const documentView = {
  matches: (params) => params.has('doc'),

  async render(container, params, current) {
    const id = params.get('doc');
    const [record, versions] = await Promise.all([getJson(documentUrl(id)), getJson(documentUrl(id) + '/versions')]);
    if (!current()) return;
    const rtl = record.language === 'ar';
    document.title = (record.symbols[0] || record.title || id) + ' · plenary';
    const table = el('table', { id: 'metadata' });
    let text = null;
    const textMode = el('button', { type: 'button', id: 'as-read', 'aria-pressed': 'false' }, 'Text as read');
    const showText = () => {
      if (text === null) return false;
      $('doc-text').replaceWith(asRead(record, text));
      textMode.setAttribute('aria-pressed', 'true');
      return true;
    };
    for (const [field, label, value] of metadataRows(record)) {
      const row = el('tr', { 'data-field': field, class: record.evidence[field] ? 'has-evidence' : null, title: record.evidence[field] || null },
        el('th', {}, label), el('td', { dir: 'auto' }, el('bdi', {}, String(value))));
      row.addEventListener('click', () => focusEvidence(field, showText));
      table.append(row);
    }
    const links = el('p', { class: 'links' },
      el('a', { href: lastSearch || '/', id: 'back' }, '← back to the results'), ' · ',
      el('a', { href: documentUrl(id) + '/source', id: 'source-link', download: record.source.path }, 'original file'));
    if (record.symbols.length > 0) {
      links.append(' · ', el('a', { href: unCopyUrl(record.symbols[0], record.language), id: 'un-copy', rel: 'noopener' }, 'UN copy of ' + record.symbols[0]));
    }
    if (versions.versions.length > 0) {
      links.append(' · ', el('a', { href: '/?aligned=' + id, 'data-nav': true, id: 'aligned-link' }, 'aligned versions'));
    }
    links.append(' · ', textMode);
    links.querySelector('#back').addEventListener('click', (event) => {
      if (lastSearch) { event.preventDefault(); history.back(); }
    });
    const nav = el('nav', { id: 'versions', 'aria-label': 'Language versions' });
    const side = el('article', { id: 'version-text', hidden: true });
    const all = [{ id, language: record.language }].concat(versions.versions.filter((v) => v.language !== record.language));
    all.sort((a, b) => Object.keys(LANGUAGES).indexOf(a.language) - Object.keys(LANGUAGES).indexOf(b.language));
    for (const version of all) {
      const button = el('button', { type: 'button', class: 'version' + (version.id === id ? ' active' : ''), 'data-lang': version.language, 'data-id': version.id },
        LANGUAGES[version.language] || version.language);
      button.addEventListener('click', () => {
        if (version.id === id) return;
        if (!side.hidden && side.dataset.id === version.id) {
          history.pushState(null, '', '/?doc=' + version.id);
          window.dispatchEvent(new PopStateEvent('popstate'));
        } else {
          showBeside(version, side).catch((e) => showError(e.message));
        }
      });
      nav.append(button);
    }
    if (versions.versions.length === 0) nav.append(el('span', { class: 'meta' }, 'No other language version in this index.'));
    const main = record.body.length > 0 || record.annexes.length > 0 ? structure(record) : el('article', { id: 'doc-text' });
    container.replaceChildren(el('div', { id: 'document-view', 'data-id': id, 'data-language': record.language },
      links, el('h1', { id: 'doc-title', dir: 'auto' }, isolatedText(record.title || record.symbols.join(' ') || id, rtl)), nav,
      el('div', { class: 'columns' }, table, main, side)));
    textMode.addEventListener('click', () => {
      if (textMode.getAttribute('aria-pressed') === 'true') {
        $('doc-text').replaceWith(structure(record));
        textMode.setAttribute('aria-pressed', 'false');
      } else {
        showText();
      }
    });
    text = await getText(documentUrl(id) + '/text');
    if (current() && record.body.length === 0 && record.annexes.length === 0) showText();
    window.scrollTo(0, 0);
  },

  // Where "back to the results" leads: the search the document was opened from.
  remember(address) { lastSearch = address; }
};
