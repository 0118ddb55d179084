// The import page: sends a file with the write token to the API and lists what the import did.
'use strict';
(function () {
  const {el} = window.dyadscope;
  const form = document.getElementById('import-form');
  const status = document.getElementById('status');
  const result = document.getElementById('import-result');
  form.addEventListener('submit', async ev => {
    ev.preventDefault();
    const file = document.getElementById('file').files[0];
    if (!file) { status.textContent = 'Choose a file first.'; return; }
    const params = new URLSearchParams({name: file.name});
    for (const f of ['kind', 'title', 'publisher', 'date', 'licence']) {
      const v = document.getElementById(f).value.trim();
      if (v) params.set(f, v);
    }
    if (document.getElementById('replace').checked) params.set('replace', 'true');
    status.className = '';
    status.textContent = 'Importing…';
    result.replaceChildren();
    const res = await fetch(form.dataset.api + '?' + params, {method: 'POST', body: file, headers: {
      'Content-Type': 'application/octet-stream', 'X-Dyadscope-Token': document.getElementById('token').value}});
    const answer = await res.json();
    if (!res.ok) {
      status.className = 'error';
      status.textContent = 'Nothing was imported.';
      answer.error.split('\n').forEach(line => result.appendChild(el('li', line, 'error')));
      return;
    }
    status.textContent = answer.file + ' imported' + (answer.format ? ' as ' + answer.format : '') + '.';
    answer.lines.forEach(line => result.appendChild(el('li', line)));
    const after = answer.kind === 'document' ? answer.documentsAfter + ' documents'
      : answer.observationsAfter + ' observations';
    result.appendChild(el('li', 'The workspace now holds ' + after + '.'));
  });
})();
