// The observations table: sortable by any column, filtered by a text, shown a page at a time, long
// citations and notes shortened with the full text a click away, exported as CSV.
'use strict';
(async function () {
  const {el, getJson, showError, number} = window.dyadscope;
  const PAGE = 25, SHORT = 48;
  const table = document.getElementById('observations');
  const filter = document.getElementById('filter');
  const count = document.getElementById('count');
  const pager = document.getElementById('pager');
  let data;
  try { data = await getJson(table.dataset.api); } catch (e) { showError(e.message); return; }
  const cols = data.columns;
  let rows = data.rows.slice();
  let sortCol = null, ascending = true, page = 0;
  const head = table.tHead.rows[0];
  cols.forEach(c => {
    const th = el('th'); th.setAttribute('aria-sort', 'none'); th.className = 'col-' + c;
    const b = el('button', c); b.type = 'button';
    b.addEventListener('click', () => {
      ascending = sortCol === c ? !ascending : true; sortCol = c;
      for (const h of head.cells) h.setAttribute('aria-sort', 'none');
      th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
      rows.sort((x, y) => {
        const a = x[c], z = y[c];
        const r = typeof a === 'number' && typeof z === 'number' ? a - z : String(a).localeCompare(String(z));
        return ascending ? r : -r;
      });
      page = 0; render();
    });
    th.appendChild(b); head.appendChild(th);
  });
  function cell(c, v) {
    if (typeof v === 'number') return el('td', number(v), 'num');
    const text = v === null || v === undefined ? '' : String(v);
    const td = el('td', undefined, 'col-' + c);
    if (text.length <= SHORT) { td.textContent = text; return td; }
    const d = el('details'), s = el('summary', text.slice(0, SHORT - 8).trimEnd() + '…');
    d.appendChild(s); d.appendChild(el('span', text, 'full')); td.appendChild(d);
    return td;
  }
  function button(label, to, enabled) {
    const b = el('button', label); b.type = 'button'; b.disabled = !enabled;
    b.addEventListener('click', () => { page = to; render(); });
    return b;
  }
  function render() {
    const q = filter.value.trim().toLowerCase();
    const matched = rows.filter(r => !q || cols.some(c => String(r[c]).toLowerCase().includes(q)));
    const pages = Math.max(1, Math.ceil(matched.length / PAGE));
    page = Math.min(page, pages - 1);
    const body = table.tBodies[0];
    body.replaceChildren();
    for (const r of matched.slice(page * PAGE, page * PAGE + PAGE)) {
      const tr = el('tr');
      for (const c of cols) tr.appendChild(cell(c, r[c]));
      body.appendChild(tr);
    }
    count.textContent = matched.length + ' of ' + data.rows.length + ' observations';
    pager.replaceChildren(button('Previous', page - 1, page > 0), el('span', ' page ' + (page + 1) + ' of ' + pages + ' '),
      button('Next', page + 1, page < pages - 1));
  }
  filter.addEventListener('input', () => { page = 0; render(); });
  render();
})();
