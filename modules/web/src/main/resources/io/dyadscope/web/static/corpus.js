// The documents page: search with highlighted hits, keyword in context, and the passages behind
// each cell of the theme-by-lens table. Document text is only ever inserted as text nodes.
'use strict';
(function () {
  const {el, getJson, showError, number} = window.dyadscope;
  const root = document.getElementById('corpus');
  if (!root) return;
  const api = root.dataset.api;

  // A snippet's text with each match (document offsets) in a <mark>.
  function highlighted(snippet) {
    const p = el('p', null, 'snippet');
    let at = snippet.start;
    for (const m of snippet.matches) {
      p.appendChild(document.createTextNode(snippet.text.slice(at - snippet.start, m.from - snippet.start)));
      p.appendChild(el('mark', snippet.text.slice(m.from - snippet.start, m.to - snippet.start)));
      at = m.to;
    }
    p.appendChild(document.createTextNode(snippet.text.slice(at - snippet.start)));
    return p;
  }

  function documentLine(title, parts) {
    const meta = parts.filter(x => x).join(' · ');
    const d = el('div');
    d.appendChild(el('strong', title));
    if (meta) d.appendChild(el('span', ' — ' + meta, 'meta'));
    return d;
  }

  document.getElementById('search-form').addEventListener('submit', async ev => {
    ev.preventDefault();
    const q = document.getElementById('q').value.trim();
    const meta = document.getElementById('search-meta');
    const list = document.getElementById('hits');
    if (!q) return;
    list.replaceChildren();
    try {
      const r = await getJson(api + '/search?q=' + encodeURIComponent(q));
      meta.textContent = number(r.totalHits) + (r.totalHits === 1 ? ' document matches' : ' documents match')
        + (r.hits.length < r.totalHits ? ' (the best ' + r.hits.length + ' shown)' : '');
      for (const h of r.hits) {
        const li = el('li');
        li.appendChild(documentLine(h.title || h.documentId, [h.kind, h.date, h.publisher, 'id ' + h.documentId]));
        h.snippets.forEach(s => li.appendChild(highlighted(s)));
        list.appendChild(li);
      }
    } catch (e) { meta.textContent = e.message; meta.className = 'error'; return; }
    meta.className = 'meta';
  });

  document.getElementById('kwic-form').addEventListener('submit', async ev => {
    ev.preventDefault();
    const term = document.getElementById('term').value.trim();
    const sort = document.getElementById('sort').value;
    const meta = document.getElementById('kwic-meta');
    const body = document.getElementById('kwic').tBodies[0];
    if (!term) return;
    body.replaceChildren();
    try {
      const r = await getJson(api + '/kwic?term=' + encodeURIComponent(term) + '&sort=' + sort);
      meta.textContent = r.lines.length + (r.lines.length === 1 ? ' occurrence' : ' occurrences');
      meta.className = 'meta';
      for (const k of r.lines) {
        const tr = el('tr');
        tr.appendChild(el('td', k.documentId));
        tr.appendChild(el('td', k.left, 'left'));
        const kw = el('td'); kw.appendChild(el('mark', k.keyword)); tr.appendChild(kw);
        tr.appendChild(el('td', k.right));
        body.appendChild(tr);
      }
    } catch (e) { meta.textContent = e.message; meta.className = 'error'; }
  });

  async function showPassages(theme, lens) {
    const title = document.getElementById('passages-title');
    const list = document.getElementById('passages');
    list.replaceChildren();
    let url = api + '/passages?theme=' + encodeURIComponent(theme.id);
    if (lens) url += '&lens=' + encodeURIComponent(lens.id);
    try {
      const r = await getJson(url);
      title.textContent = theme.name + (lens ? ' read through ' + lens.name : ', every passage') + ': '
        + r.passages.length + (r.passages.length === 1 ? ' passage' : ' passages');
      for (const p of r.passages) {
        const li = el('li');
        li.appendChild(documentLine(p.title || p.documentId, [p.kind, p.date, p.publisher,
          'characters ' + p.start + '–' + p.end, p.human ? 'coded by a person' : 'auto-coded']));
        li.appendChild(el('blockquote', p.text));
        list.appendChild(li);
      }
    } catch (e) { showError(e.message); }
  }

  async function themeLens() {
    const o = await getJson(api);
    const table = document.getElementById('theme-lens');
    const head = el('tr');
    head.appendChild(el('th', 'Theme'));
    o.lenses.forEach(l => { const th = el('th', l.name); th.title = l.definition || ''; head.appendChild(th); });
    head.appendChild(el('th', 'All passages'));
    table.tHead.appendChild(head);
    o.themes.forEach((t, i) => {
      const tr = el('tr');
      const th = el('th', t.name); th.scope = 'row'; th.title = t.definition || ''; tr.appendChild(th);
      const cell = (count, lens) => {
        const td = el('td', null, 'num');
        const b = el('button', number(count));
        b.type = 'button';
        b.disabled = count === 0;
        b.setAttribute('aria-label', t.name + (lens ? ' through ' + lens.name : ', all') + ': ' + count + ' passages');
        b.addEventListener('click', () => showPassages(t, lens));
        td.appendChild(b);
        return td;
      };
      o.lenses.forEach((l, j) => tr.appendChild(cell(o.counts[i][j], l)));
      tr.appendChild(cell(o.themeTotals[i], null));
      table.tBodies[0].appendChild(tr);
    });
  }

  themeLens().catch(e => showError(e.message));
})();
