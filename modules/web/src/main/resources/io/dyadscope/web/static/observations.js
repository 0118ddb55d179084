// The observations table: sortable by any column, filtered by a text, exported as CSV.
'use strict';
(async function () {
  const {el, getJson, showError, number} = window.dyadscope;
  const table = document.getElementById('observations');
  const filter = document.getElementById('filter');
  const count = document.getElementById('count');
  let data;
  try { data = await getJson(table.dataset.api); } catch (e) { showError(e.message); return; }
  const cols = data.columns;
  let rows = data.rows.slice();
  let sortCol = null, ascending = true;
  const head = table.tHead.rows[0];
  cols.forEach(c => {
    const th = el('th'); th.setAttribute('aria-sort', 'none');
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
      render();
    });
    th.appendChild(b); head.appendChild(th);
  });
  function render() {
    const q = filter.value.trim().toLowerCase();
    const body = table.tBodies[0];
    body.replaceChildren();
    let shown = 0;
    for (const r of rows) {
      if (q && !cols.some(c => String(r[c]).toLowerCase().includes(q))) continue;
      const tr = el('tr');
      for (const c of cols) {
        const v = r[c];
        tr.appendChild(el('td', typeof v === 'number' ? number(v) : v, typeof v === 'number' ? 'num' : ''));
      }
      body.appendChild(tr); shown++;
    }
    count.textContent = shown + ' of ' + data.rows.length + ' observations';
  }
  filter.addEventListener('input', render);
  render();
})();
