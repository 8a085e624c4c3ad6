// Building the page's DOM: elements from text (never from HTML, except the server's escaped
// snippets), and text that reads right in Arabic.

export const LANGUAGES = { ar: 'العربية', zh: '中文', en: 'English', fr: 'Français', ru: 'Русский', es: 'Español' };

export const $ = (id) => document.getElementById(id);

export function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v !== null && v !== undefined && v !== false) node.setAttribute(k, v === true ? '' : v);
  }
  for (const child of children) {
    if (child !== null && child !== undefined) node.append(child);
  }
  return node;
}

export function showError(message) {
  const box = $('error');
  box.textContent = message || '';
  box.hidden = !message;
}

export function direction(language) {
  return language === 'ar' ? 'rtl' : 'ltr';
}

// Runs of left-to-right text (symbols, Latin words, dates written with Latin month names) inside
// right-to-left text: each is isolated, so that "A/75/356" or "12 March 2021" keeps its order.
const LTR_RUN = /[A-Za-z0-9][A-Za-z0-9\/.\-()]*(?:[ ,]+[A-Za-z0-9][A-Za-z0-9\/.\-()]*)*/g;

export function isolatedText(text, rtl) {
  if (!rtl) return document.createTextNode(text);
  const fragment = document.createDocumentFragment();
  let at = 0;
  for (const match of text.matchAll(LTR_RUN)) {
    if (!/[A-Za-z\/]/.test(match[0])) continue; // Arabic text carries its own digits well
    fragment.append(text.slice(at, match.index), el('bdi', { dir: 'ltr' }, match[0]));
    at = match.index + match[0].length;
  }
  fragment.append(text.slice(at));
  return fragment;
}

// A pattern that finds a snippet in the text even where line breaks or spaces differ.
function snippetPattern(snippet) {
  const chars = Array.from(snippet.replace(/\s+/g, ''));
  if (chars.length === 0) return null;
  return new RegExp(chars.map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s*'));
}

// The text with each field's evidence found in it wrapped in <mark class="evidence" data-field=...>.
export function textWithEvidence(text, evidence, rtl) {
  const ranges = [];
  for (const [field, snippet] of Object.entries(evidence || {})) {
    const pattern = snippet && snippetPattern(snippet);
    const match = pattern && pattern.exec(text);
    if (match) ranges.push({ field, start: match.index, end: match.index + match[0].length });
  }
  ranges.sort((a, b) => a.start - b.start);
  const fragment = document.createDocumentFragment();
  let at = 0;
  for (const r of ranges) {
    if (r.start < at) continue;
    fragment.append(isolatedText(text.slice(at, r.start), rtl),
      el('mark', { class: 'evidence', 'data-field': r.field, title: r.field }, isolatedText(text.slice(r.start, r.end), rtl)));
    at = r.end;
  }
  fragment.append(isolatedText(text.slice(at), rtl));
  return fragment;
}

// The UN's own copy of a document, by its symbol and language.
export function unCopyUrl(symbol, language) {
  return 'https://undocs.org/' + encodeURIComponent(language || 'en') + '/' + symbol.split('/').map(encodeURIComponent).join('/');
}
