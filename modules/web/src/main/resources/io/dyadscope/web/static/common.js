// Helpers shared by the dashboard's pages. Text is always set with textContent, never as HTML.
'use strict';
window.dyadscope = {
  el(tag, text, cls) {
    const e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = String(text);
    if (cls) e.className = cls;
    return e;
  },
  async getJson(url) {
    const res = await fetch(url, {headers: {Accept: 'application/json'}});
    const body = await res.json();
    if (!res.ok) throw new Error(body.error || ('HTTP ' + res.status));
    return body;
  },
  showError(message) {
    const p = window.dyadscope.el('p', message, 'error');
    p.setAttribute('role', 'alert');
    document.querySelector('main').appendChild(p);
  },
  number(x) {
    return Math.abs(x) >= 1000 ? x.toLocaleString('en', {maximumFractionDigits: 0})
      : x.toLocaleString('en', {maximumFractionDigits: 3});
  },
  /** A computed value (a forecast or an interval bound) to three significant digits: 421, 3,380. */
  approx(x) {
    return Number(x.toPrecision(3)).toLocaleString('en', {maximumFractionDigits: 3});
  },
  download(name, href) {
    const a = document.createElement('a');
    a.href = href; a.download = name;
    document.body.appendChild(a); a.click(); a.remove();
  }
};
