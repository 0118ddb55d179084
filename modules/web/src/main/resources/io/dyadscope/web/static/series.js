// One indicator's series: observed points, Dyadscope's projection with its 80% and 95% bands, and
// the published projections, in Chart.js (served from the jar). Colours: Okabe-Ito, safe for the
// common colour-vision deficiencies. Each point's sources show on hover and in the table below.
'use strict';
(async function () {
  const {el, getJson, showError, number, approx, download} = window.dyadscope;
  const canvas = document.getElementById('chart');
  let s;
  try { s = await getJson(canvas.dataset.api); } catch (e) { showError(e.message); return; }
  const unit = s.indicator.unit;
  document.getElementById('series-title').textContent = s.indicator.name + ' — ' + s.subject;
  document.getElementById('series-meta').textContent = s.dyad + ' · ' + s.indicator.id + ' · unit: ' + unit
    + ' · ' + s.points.length + ' points';
  const BLUE = '#0072B2', ORANGE = '#E69F00', VERMILLION = '#D55E00';
  // a true time axis: each period at its start as a fractional year, so 2019, 2021 and 2022 stand 2 and 1 apart
  const t = p => {
    const [y, m] = String(p).split('-');
    if (!m) return +y;
    return m.startsWith('Q') ? +y + (+m.slice(1) - 1) / 4 : +y + (+m - 1) / 12;
  };
  const pr = s.projection;
  const datasets = [{
    label: 'Observed / reported', data: s.points.map(p => ({x: t(p.period), period: p.period, y: p.value, sources: p.sources})),
    borderColor: BLUE, backgroundColor: BLUE, pointRadius: 3, tension: 0
  }];
  if (pr && s.points.length) {
    const last = s.points[s.points.length - 1];
    const from = (y) => ({x: t(last.period), period: last.period, y});
    datasets.push(
      {label: '95% interval', data: [from(last.value), {x: t(pr.target), period: pr.target, y: pr.p95.lo}], borderColor: 'rgba(0,114,178,0.25)',
        backgroundColor: 'rgba(0,114,178,0.12)', fill: '+1', pointRadius: 0},
      {label: '95% upper', data: [from(last.value), {x: t(pr.target), period: pr.target, y: pr.p95.hi}], borderColor: 'rgba(0,114,178,0.25)',
        pointRadius: 0, fill: false, band: true},
      {label: '80% interval', data: [from(last.value), {x: t(pr.target), period: pr.target, y: pr.p80.lo}], borderColor: 'rgba(0,114,178,0.45)',
        backgroundColor: 'rgba(0,114,178,0.25)', fill: '+1', pointRadius: 0},
      {label: '80% upper', data: [from(last.value), {x: t(pr.target), period: pr.target, y: pr.p80.hi}], borderColor: 'rgba(0,114,178,0.45)',
        pointRadius: 0, fill: false, band: true},
      {label: 'Dyadscope projection', data: [from(last.value), {x: t(pr.target), period: pr.target, y: pr.point,
        sources: [{id: pr.method, citation: pr.basis}]}], borderColor: VERMILLION, backgroundColor: VERMILLION,
        borderDash: [6, 4], pointRadius: [0, 5], pointStyle: 'rectRot'});
  }
  if (s.published.length) {
    datasets.push({label: 'Published projections', type: 'scatter', data: s.published.map(p => ({x: t(p.period), period: p.period,
      y: p.value, sources: [{id: p.source, citation: p.citation}]})), borderColor: ORANGE, backgroundColor: ORANGE,
      pointRadius: 6, pointStyle: 'triangle'});
  }
  const whiteBackground = {id: 'whiteBackground', beforeDraw(chart) {
    const c = chart.ctx; c.save(); c.globalCompositeOperation = 'destination-over';
    c.fillStyle = '#fff'; c.fillRect(0, 0, chart.width, chart.height); c.restore();
  }};
  const chart = new Chart(canvas, {
    type: 'line', data: {datasets}, plugins: [whiteBackground],
    options: {
      responsive: true, maintainAspectRatio: false, animation: false,
      plugins: {
        title: {display: true, text: s.indicator.name + ' (' + s.subject + ')'},
        subtitle: {display: true, text: 'Sources: hover a point; shaded: Dyadscope\'s 80% and 95% intervals'},
        legend: {labels: {filter: item => !datasets[item.datasetIndex].band}},
        tooltip: {callbacks: {
          title: items => items.length ? String(items[0].raw.period) : '',
          label: c => c.dataset.label + ': ' + number(c.parsed.y) + ' ' + unit,
          afterLabel: c => (c.raw.sources || []).map(x => x.id + ': ' + x.citation)
        }}
      },
      scales: {
        x: {type: 'linear', title: {display: true, text: 'Period'},
          ticks: {stepSize: 1, callback: v => Number.isInteger(v) ? String(v) : ''}},
        y: {title: {display: true, text: unit}}
      }
    }
  });
  window.dyadscopeChart = chart;
  window.dyadscopeSvg = () => svgOf(chart);
  if (pr) {
    document.getElementById('projection').textContent = 'Dyadscope\'s projection for ' + pr.target + ': '
      + approx(pr.point) + ' ' + unit + ' (80%: ' + approx(pr.p80.lo) + ' to ' + approx(pr.p80.hi) + '; 95%: '
      + approx(pr.p95.lo) + ' to ' + approx(pr.p95.hi) + '), ' + pr.method + ', confidence ' + pr.confidence
      + '. ' + pr.basis;
  } else if (s.noProjection) {
    document.getElementById('projection').textContent = 'No projection: ' + s.noProjection;
  }
  const pub = document.querySelector('#published tbody');
  for (const p of s.published) {
    const tr = el('tr');
    [p.period, number(p.value) + ' ' + unit, p.source + ': ' + p.citation,
      p.verdict === undefined ? 'no forecast to judge by'
        : p.verdict + (p.verdictReason ? ' (' + p.verdictReason + ')' : '')].forEach(v => tr.appendChild(el('td', v)));
    pub.appendChild(tr);
  }
  const pts = document.querySelector('#points tbody');
  for (const p of s.points) {
    const tr = el('tr');
    tr.appendChild(el('td', p.period));
    tr.appendChild(el('td', number(p.value) + ' ' + unit, 'num'));
    tr.appendChild(el('td', p.sources.map(x => x.id + ': ' + x.citation).join('; ')));
    pts.appendChild(tr);
  }
  const base = (s.dyad + '-' + s.indicator.id + '-' + s.subject).replace(/[^A-Za-z0-9_.-]/g, '_');
  document.getElementById('png').addEventListener('click', () => download(base + '.png', chart.toBase64Image()));
  document.getElementById('svg').addEventListener('click', () => {
    const blob = new Blob([svgOf(chart)], {type: 'image/svg+xml'});
    const url = URL.createObjectURL(blob);
    download(base + '.svg', url);
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  });

  /** The chart redrawn as SVG from the positions Chart.js computed: axes, ticks, bands, lines, points. */
  function svgOf(c) {
    const esc = t => String(t).replace(/[&<>"']/g, ch => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;',
      "'": '&#39;'}[ch]));
    const w = c.width, h = c.height, x = c.scales.x, y = c.scales.y, a = c.chartArea;
    const out = ['<svg xmlns="http://www.w3.org/2000/svg" width="' + w + '" height="' + h + '" viewBox="0 0 ' + w
      + ' ' + h + '" font-family="sans-serif" font-size="12"><rect width="100%" height="100%" fill="#fff"/>'];
    out.push('<text x="' + w / 2 + '" y="18" text-anchor="middle" font-weight="bold">' + esc(c.options.plugins.title.text)
      + '</text>');
    out.push('<line x1="' + a.left + '" y1="' + a.bottom + '" x2="' + a.right + '" y2="' + a.bottom + '" stroke="#333"/>');
    out.push('<line x1="' + a.left + '" y1="' + a.top + '" x2="' + a.left + '" y2="' + a.bottom + '" stroke="#333"/>');
    x.ticks.forEach((t, i) => out.push('<text x="' + x.getPixelForTick(i) + '" y="' + (a.bottom + 16)
      + '" text-anchor="middle">' + esc(x.getLabelForValue(t.value)) + '</text>'));
    y.ticks.forEach((t, i) => out.push('<text x="' + (a.left - 6) + '" y="' + (y.getPixelForTick(i) + 4)
      + '" text-anchor="end">' + esc(t.label) + '</text>'));
    out.push('<text x="' + (a.left + a.right) / 2 + '" y="' + (h - 4) + '" text-anchor="middle">Period</text>');
    out.push('<text transform="translate(14,' + (a.top + a.bottom) / 2 + ') rotate(-90)" text-anchor="middle">'
      + esc(unit) + '</text>');
    c.data.datasets.forEach((d, i) => {
      const pts = c.getDatasetMeta(i).data.map(e => [e.x, e.y]);
      if (d.fill === '+1') {
        const upper = c.getDatasetMeta(i + 1).data.map(e => [e.x, e.y]).reverse();
        out.push('<polygon fill="' + d.backgroundColor + '" points="' + pts.concat(upper).map(p => p.join(','))
          .join(' ') + '"/>');
      }
      if (d.type !== 'scatter' && !d.band && d.fill !== '+1') {
        out.push('<polyline fill="none" stroke="' + d.borderColor + '" stroke-width="2"'
          + (d.borderDash ? ' stroke-dasharray="6 4"' : '') + ' points="' + pts.map(p => p.join(',')).join(' ') + '"/>');
      }
      if (!d.band && d.fill !== '+1') {
        pts.forEach(p => out.push('<circle cx="' + p[0] + '" cy="' + p[1] + '" r="3" fill="' + d.borderColor + '"/>'));
      }
    });
    out.push('</svg>');
    return out.join('\n');
  }
})();
