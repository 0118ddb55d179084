// The dyad's event picture: events per period stacked by type (one kind of type per dataset, so no
// event is counted twice), for a month range; the full type table below. Okabe-Ito colours.
'use strict';
(function () {
  const {el, getJson, showError, number, download} = window.dyadscope;
  const canvas = document.getElementById('chart');
  const PALETTE = ['#0072B2', '#E69F00', '#009E73', '#D55E00', '#CC79A7', '#56B4E9', '#F0E442', '#000000'];
  let chart = null;
  async function show() {
    const q = new URLSearchParams();
    const from = document.getElementById('from').value, to = document.getElementById('to').value;
    const by = document.getElementById('by').value;
    q.set('by', by);
    if (from) q.set('from', by === 'year' ? from.substring(0, 4) : from);
    if (to) q.set('to', by === 'year' ? to.substring(0, 4) : to);
    let p;
    try { p = await getJson(canvas.dataset.api + '?' + q); } catch (e) { showError(e.message); return; }
    const meta = document.getElementById('events-meta');
    if (!p.datasets.length) {
      meta.textContent = 'No events for ' + p.dyad + ' in this range. Import them with: dyadscope import events FILE';
    } else {
      meta.textContent = p.datasets.map(d => d.dataset + ': ' + number(d.events) + ' events, ' + d.first + ' to '
        + d.last).join(' · ');
    }
    const kindOf = new Map();
    p.types.forEach(t => { if (!kindOf.has(t.dataset)) kindOf.set(t.dataset, t.kind); });
    const main = p.types.filter(t => kindOf.get(t.dataset) === t.kind);
    const labels = [...new Set(main.map(t => t.period))].sort();
    const series = [...new Set(main.map(t => t.dataset + ': ' + t.type))].sort();
    const datasets = series.map((name, i) => ({
      label: name, backgroundColor: PALETTE[i % PALETTE.length],
      data: labels.map(period => main.filter(t => t.period === period && t.dataset + ': ' + t.type === name)
        .reduce((a, t) => a + t.events, 0))
    }));
    if (chart) chart.destroy();
    chart = new Chart(canvas, {type: 'bar', data: {labels, datasets}, options: {
      responsive: true, maintainAspectRatio: false, animation: false,
      plugins: {title: {display: true, text: 'Events per ' + by + ' by type (' + p.dyad + ')'},
        subtitle: {display: true, text: 'Sources: ' + (p.sources.join('; ') || 'none')}},
      scales: {x: {stacked: true, title: {display: true, text: by === 'year' ? 'Year' : 'Month'}},
        y: {stacked: true, beginAtZero: true, ticks: {precision: 0}, title: {display: true, text: 'events'}}}
    }});
    window.dyadscopeChart = chart;
    const body = document.querySelector('#types tbody');
    body.replaceChildren();
    for (const t of p.types) {
      const tr = el('tr');
      [t.period, t.dataset, t.kind, t.type].forEach(v => tr.appendChild(el('td', v)));
      [t.events, t.collapsed, t.fatalities].forEach(v => tr.appendChild(el('td', v === null ? '' : number(v), 'num')));
      body.appendChild(tr);
    }
  }
  document.getElementById('range').addEventListener('submit', ev => { ev.preventDefault(); show(); });
  document.getElementById('png').addEventListener('click', () => chart && download('events.png', chart.toBase64Image()));
  show();
})();
