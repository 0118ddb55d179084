// The audit page: sends an uploaded or pasted report to the API, shows each line with its findings.
'use strict';
(function () {
  const {el} = window.dyadscope;
  const form = document.getElementById('audit-form');
  const status = document.getElementById('status');
  const result = document.getElementById('result');
  form.addEventListener('submit', async ev => {
    ev.preventDefault();
    const file = document.getElementById('file').files[0];
    const text = document.getElementById('text').value;
    let format = 'txt', body = text;
    if (file) {
      const dot = file.name.lastIndexOf('.');
      format = dot < 0 ? '' : file.name.substring(dot + 1).toLowerCase();
      body = file;
    } else if (!text.trim()) {
      status.textContent = 'Choose a file or paste a text first.';
      return;
    }
    status.textContent = 'Auditing…';
    result.replaceChildren();
    const save = document.getElementById('save').checked;
    const headers = {'Content-Type': 'application/octet-stream'};
    if (save) headers['X-Dyadscope-Token'] = document.getElementById('token').value;
    const res = await fetch(form.dataset.api + '?format=' + encodeURIComponent(format) + (save ? '&save=true' : ''),
      {method: 'POST', body, headers});
    const report = await res.json();
    if (!res.ok) { status.textContent = report.error; status.className = 'error'; return; }
    status.className = '';
    status.textContent = report.findings.length + (report.findings.length === 1 ? ' finding, ' : ' findings, ') + report.claims + ' claims read, '
      + report.verified + ' checks held' + (report.saved ? '; kept in the workspace.' : '.');
    show(report);
  });
  function show(report) {
    const byLine = new Map();
    for (const f of report.findings) {
      if (!byLine.has(f.line)) byLine.set(f.line, []);
      byLine.get(f.line).push(f);
    }
    const table = el('table', null, 'list');
    table.id = 'findings';
    const head = el('tr');
    ['Line', 'Text', 'Findings'].forEach(h => head.appendChild(el('th', h)));
    table.createTHead().appendChild(head);
    const body = table.createTBody();
    report.lines.forEach((line, i) => {
      const n = i + 1;
      const tr = el('tr');
      tr.appendChild(el('td', n, 'num'));
      tr.appendChild(el('td', line, 'line'));
      const cell = el('td', null, 'findings');
      for (const f of byLine.get(n) || []) {
        const d = el('div', null, 'finding sev-' + f.severity);
        d.appendChild(el('strong', f.severity + ' · ' + f.check + ': '));
        d.appendChild(document.createTextNode(f.message));
        cell.appendChild(d);
      }
      if (byLine.has(n)) tr.className = 'flagged';
      tr.appendChild(cell);
      body.appendChild(tr);
    });
    const unplaced = report.findings.filter(f => f.line < 1 || f.line > report.lines.length);
    for (const f of unplaced) {
      const d = el('p', null, 'finding sev-' + f.severity);
      d.textContent = f.severity + ' · ' + f.check + ' (whole document): ' + f.message;
      result.appendChild(d);
    }
    result.appendChild(table);
  }
})();
