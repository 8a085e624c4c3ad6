// The aligned view (/?aligned=ID): a document and its language versions side by side, sentence
// by sentence as the server aligned them (one row a bead), Arabic right to left; hovering a
// sentence highlights its counterparts in the other versions.
import { documentUrl } from './api.js';
import { el, LANGUAGES, direction, isolatedText } from './dom.js';

export const alignedView = {
  matches: (params) => params.has('aligned'),

  async render(container, params, current) {
    const id = params.get('aligned');
    const response = await fetch(documentUrl(id) + '/alignment?level=sentence&format=jsonl');
    if (!response.ok) throw new Error((await response.json().catch(() => ({}))).error || response.statusText);
    const beads = (await response.text()).split('\n').filter((line) => line.trim()).map((line) => JSON.parse(line));
    if (!current()) return;
    const languages = beads.length ? Object.keys(beads[0].segments) : [];
    const table = el('table', { id: 'aligned' },
      el('thead', {}, el('tr', {}, ...languages.map((l) => el('th', { lang: l }, LANGUAGES[l] || l)))));
    const body = el('tbody');
    beads.forEach((bead, n) => {
      const row = el('tr', { 'data-bead': String(n) }, ...languages.map((l) => {
        const rtl = direction(l) === 'rtl';
        return el('td', { lang: l, dir: direction(l), class: bead.segments[l].length ? null : 'empty' },
          isolatedText(bead.text[l], rtl));
      }));
      body.append(row);
    });
    table.append(body);
    // hovering one cell lights up the whole bead: the sentence and its counterparts
    table.addEventListener('mouseover', (event) => {
      const row = event.target.closest('tr[data-bead]');
      table.querySelectorAll('tr.counterparts').forEach((r) => r.classList.remove('counterparts'));
      if (row) row.classList.add('counterparts');
    });
    table.addEventListener('mouseleave', () => table.querySelectorAll('tr.counterparts').forEach((r) => r.classList.remove('counterparts')));
    const links = el('p', { class: 'links' },
      el('a', { href: '/?doc=' + id, 'data-nav': true, id: 'aligned-back' }, '← the document'), ' · ',
      el('a', { href: documentUrl(id) + '/alignment?level=sentence&format=tmx', id: 'aligned-tmx', download: id + '.tmx' }, 'TMX'));
    document.title = 'Aligned versions · plenary';
    container.replaceChildren(el('div', { id: 'aligned-view' }, links, table));
  }
};
