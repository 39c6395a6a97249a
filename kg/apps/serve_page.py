"""The pages ``kg serve`` shows: the query page and one page per resource.

Both are complete HTML documents with their script and style inline, allowed by hash in a
Content-Security-Policy that also forbids any connection but to this server: the page works
offline and sends nothing anywhere else.
"""

from __future__ import annotations

import base64
import hashlib
import html
import urllib.parse
from typing import Any

import pyoxigraph as ox

from kg.graph import iri
from kg.graph.sparqltext import prefixed

PREFIX_LINES = "\n".join(f"PREFIX {p}: <{ns}>" for p, ns in iri.PREFIXES.items())

DEFAULT_QUERY = """SELECT ?person ?pinyin ?title ?date WHERE {
  ?m a org:Membership ; org:member ?p ; rdfs:label ?title ; kg:attestedOn ?date .
  ?p rdfs:label ?person . FILTER(LANG(?person) = "zh")
  OPTIONAL { ?p rdfs:label ?pinyin . FILTER(LANGMATCHES(LANG(?pinyin), "zh-Latn-pinyin")) }
}
ORDER BY ?date ?person
LIMIT 100
"""


def _hash(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode() + "'"


def csp(scripts: list[str], styles: list[str]) -> str:
    """Only these inline scripts and styles; requests only to this server."""
    return "; ".join([
        "default-src 'none'",
        "script-src " + (" ".join(_hash(s) for s in scripts) or "'none'"),
        "style-src " + " ".join(_hash(s) for s in styles),
        "connect-src 'self'",
        "img-src data:",
        "base-uri 'none'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    ])


STYLE = """
body { font: 14px/1.45 system-ui, "Noto Sans CJK SC", "PingFang SC", sans-serif; margin: 0; color: #1d2733; }
header { background: #23374d; color: #fff; padding: 8px 16px; display: flex; gap: 16px; align-items: baseline; }
header h1 { font-size: 17px; margin: 0; } header small { opacity: .8; }
main { padding: 12px 16px; }
#bar { display: flex; gap: 8px; align-items: center; margin-bottom: 6px; flex-wrap: wrap; }
#wrap { display: flex; border: 1px solid #b8c2cc; border-radius: 4px; height: 260px; overflow: hidden; }
#gutter { margin: 0; padding: 6px 6px; background: #eef1f4; color: #7a8793; text-align: right; user-select: none;
  font: 13px/1.5 ui-monospace, monospace; overflow: hidden; min-width: 2.5em; }
#gutter .bad { background: #e0474c; color: #fff; border-radius: 2px; }
#editor { flex: 1; border: 0; padding: 6px 8px; font: 13px/1.5 ui-monospace, "Noto Sans Mono CJK SC", monospace;
  resize: none; outline: none; white-space: pre; overflow: auto; }
details { margin: 4px 0; color: #4a5560; } details pre { margin: 4px 0; font-size: 12px; }
#error { background: #fdecec; border: 1px solid #e0474c; padding: 6px 10px; white-space: pre-wrap;
  font: 13px/1.4 ui-monospace, monospace; margin: 8px 0; }
#status { color: #4a5560; } button { padding: 4px 12px; }
table { border-collapse: collapse; margin-top: 8px; font-size: 13px; }
th, td { border: 1px solid #d5dbe1; padding: 3px 8px; vertical-align: top; text-align: left; }
th { background: #eef1f4; position: sticky; top: 0; } td small { color: #7a8793; display: block; }
a { color: #1f5fa8; } .lit small { display: inline; } .hidden { display: none; }
"""

SCRIPT = r"""
(function () {
  'use strict';
  var editor = document.getElementById('editor'), gutter = document.getElementById('gutter');
  var errorBox = document.getElementById('error'), status = document.getElementById('status');
  var results = document.getElementById('results'), examples = document.getElementById('examples');
  var csv = document.getElementById('csv'), viz = document.getElementById('viz');
  var badLine = 0, loaded = [];

  function lines() {
    var n = editor.value.split('\n').length, out = [];
    for (var i = 1; i <= n; i++) out.push(i === badLine ? '<span class="bad">' + i + '</span>' : String(i));
    gutter.innerHTML = out.join('\n');
    gutter.scrollTop = editor.scrollTop;
  }
  function text(tag, value, cls) {
    var el = document.createElement(tag); el.textContent = value; if (cls) el.className = cls; return el;
  }
  function cell(c) {
    var td = document.createElement('td');
    if (!c) return td;
    if (c.type === 'iri') {
      var a = text('a', c.label || c.text); a.href = '/resource?iri=' + encodeURIComponent(c.value);
      a.target = '_blank'; a.title = c.value; td.appendChild(a);
      if (c.label) td.appendChild(text('small', c.text));
    } else if (c.type === 'literal') {
      td.className = 'lit'; td.appendChild(document.createTextNode(c.value));
      if (c.lang && c.lang !== 'zh') td.appendChild(text('small', ' @' + c.lang));
    } else td.textContent = c.text;
    return td;
  }
  function showError(r) {
    errorBox.textContent = r.error; errorBox.classList.remove('hidden');
    badLine = r.line || 0; lines();
    if (r.line) {
      var rows = editor.value.split('\n'), offset = 0;
      for (var i = 0; i < r.line - 1 && i < rows.length; i++) offset += rows[i].length + 1;
      var at = offset + Math.max((r.column || 1) - 1, 0), tok = r.token || '';
      var start = tok && editor.value.lastIndexOf(tok, at) >= offset ? editor.value.lastIndexOf(tok, at) : at;
      editor.focus(); editor.setSelectionRange(start, tok ? start + tok.length : at);
    }
  }
  function showTable(r) {
    var table = document.createElement('table'), head = document.createElement('tr'), iris = {};
    r.columns.forEach(function (c) { head.appendChild(text('th', c)); });
    table.appendChild(head);
    r.rows.forEach(function (row) {
      var tr = document.createElement('tr');
      row.forEach(function (c) { tr.appendChild(cell(c)); if (c && c.type === 'iri') iris[c.value] = 1; });
      table.appendChild(tr);
    });
    results.appendChild(table);
    var keys = Object.keys(iris).filter(function (k) { return k.indexOf('https://w3id.org/cpkg/id/') === 0; });
    if (keys.length) {
      viz.href = '/viz?' + keys.slice(0, 300).map(function (k) { return 'iri=' + encodeURIComponent(k); }).join('&');
      viz.classList.remove('hidden');
    }
  }
  function run() {
    var query = editor.value, started = Date.now();
    errorBox.classList.add('hidden'); results.textContent = ''; csv.classList.add('hidden');
    viz.classList.add('hidden'); badLine = 0; lines();
    status.textContent = 'running…'; document.body.dataset.state = 'running';
    fetch('/api/query', {method: 'POST', headers: {'Content-Type': 'application/json'},
                         body: JSON.stringify({query: query})})
      .then(function (resp) { return resp.json(); })
      .then(function (r) {
        var ms = Date.now() - started;
        if (r.error) { showError(r); status.textContent = 'error'; document.body.dataset.state = 'error'; return; }
        if ('boolean' in r) { results.appendChild(text('p', r.boolean ? 'yes (true)' : 'no (false)')); }
        else {
          showTable(r);
          if (r.columns[0] !== 'subject' || r.columns.length !== 3) {
            csv.href = '/sparql?format=csv&query=' + encodeURIComponent(query); csv.classList.remove('hidden');
          }
        }
        status.textContent = (r.rows ? r.rows.length + ' row' + (r.rows.length === 1 ? '' : 's') : '') + ' in ' + ms + ' ms'
          + (r.truncated ? ' (the first ' + r.rows.length + ' shown; the CSV has them all)' : '');
        document.body.dataset.state = 'done';
      })
      .catch(function (e) { errorBox.textContent = String(e); errorBox.classList.remove('hidden');
                            document.body.dataset.state = 'error'; });
  }
  editor.addEventListener('input', function () { badLine = 0; lines(); });
  editor.addEventListener('scroll', function () { gutter.scrollTop = editor.scrollTop; });
  editor.addEventListener('keydown', function (e) {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) { e.preventDefault(); run(); }
    if (e.key === 'Tab') { e.preventDefault(); var s = editor.selectionStart;
      editor.setRangeText('  ', s, editor.selectionEnd, 'end'); lines(); }
  });
  document.getElementById('run').addEventListener('click', run);
  examples.addEventListener('change', function () {
    var ex = loaded[examples.selectedIndex - 1]; if (ex) { editor.value = ex.query; badLine = 0; lines(); }
  });
  lines();
  fetch('/api/examples').then(function (r) { return r.json(); }).then(function (list) {
    loaded = list;
    list.forEach(function (ex) { examples.appendChild(text('option', ex.name + ' — ' + ex.title)); });
    document.body.dataset.ready = '1';
  }).catch(function () { document.body.dataset.ready = '1'; });
})();
"""

PAGE = """<!DOCTYPE html>
<html lang="zh-CN">
<head><meta charset="utf-8"><meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>kg · SPARQL</title><style>{style}</style></head>
<body>
<header><h1>kg · SPARQL</h1><small>{store}</small><small>endpoint: /sparql (read-only)</small></header>
<main>
<div id="bar">
  <select id="examples" aria-label="example queries"><option>examples from queries/ …</option></select>
  <button id="run" type="button" title="Ctrl+Enter">Run</button>
  <span id="status"></span>
  <a id="csv" class="hidden" download="kg-results.csv">CSV</a>
  <a id="viz" class="hidden" target="_blank">show in the viewer</a>
</div>
<div id="wrap"><pre id="gutter" aria-hidden="true"></pre><textarea id="editor" spellcheck="false"
 aria-label="SPARQL query">{query}</textarea></div>
<details><summary>predeclared prefixes (no need to write them)</summary><pre id="prefixes">{prefixes}</pre></details>
<div id="error" class="hidden" role="alert"></div>
<div id="results"></div>
</main>
<script>{script}</script>
</body></html>
"""


def page(store_name: str) -> tuple[str, str]:
    """The query page and its Content-Security-Policy."""
    body = PAGE.format(style=STYLE, store=html.escape(store_name), query=html.escape(DEFAULT_QUERY),
                       prefixes=html.escape(PREFIX_LINES), script=SCRIPT)
    return body, csp([SCRIPT], [STYLE])


# -- one resource ----------------------------------------------------------------------------


def labels_of(store: Any, iris: list[str]) -> dict[str, str]:
    """IRI → its ``@zh`` label, else an untagged one, else any (English, pinyin)."""
    rank: dict[str, tuple[int, str]] = {}
    for start in range(0, len(iris), 400):
        values = " ".join(str(ox.NamedNode(i)) for i in iris[start : start + 400])
        rows = store.select(f"SELECT ?s ?l (LANG(?l) AS ?lang) WHERE {{ VALUES ?s {{ {values} }} ?s rdfs:label ?l }}")
        for row in rows:
            lang = row.get("lang", "").lower()
            key = (0 if lang == "zh" else 1 if lang == "" else 2, row["l"])
            if row["s"] not in rank or key < rank[row["s"]]:
                rank[row["s"]] = key
    return {s: label for s, (_, label) in rank.items()}


RESOURCE_STYLE = STYLE + """
h2 { font-size: 15px; margin: 18px 0 4px; } .iri { color: #4a5560; font: 12px ui-monospace, monospace; }
header a { color: #fff; }
blockquote { margin: 6px 0; padding: 4px 10px; border-left: 3px solid #b8c2cc; background: #f7f9fa; }
"""


def _link(value: str, labels: dict[str, str]) -> str:
    href = "/resource?iri=" + urllib.parse.quote(value, safe="")
    label = labels.get(value)
    shown = html.escape(label) if label else html.escape(prefixed(value))
    return f'<a href="{href}" title="{html.escape(value)}">{shown}</a>'


def _value(row: dict[str, Any], name: str, labels: dict[str, str]) -> str:
    term = row[name]
    if isinstance(term, ox.NamedNode):
        return _link(term.value, labels)
    if isinstance(term, ox.BlankNode):
        return html.escape(f"_:{term.value}")
    lang = f" <small>@{html.escape(term.language)}</small>" if term.language else ""
    return html.escape(term.value) + lang


def resource_page(store: Any, resource: str) -> tuple[str, str]:
    """What the store says about ``resource``, what points to it, and the sentences behind it."""
    node = str(ox.NamedNode(resource))  # raises ValueError for a malformed IRI: a 400
    outgoing = list(store.query(f"SELECT ?p ?o WHERE {{ {node} ?p ?o }} ORDER BY ?p ?o LIMIT 500"))
    incoming = list(store.query(f"SELECT DISTINCT ?s ?p WHERE {{ ?s ?p {node} }} ORDER BY ?p ?s LIMIT 300"))
    evidence = store.select(
        "SELECT DISTINCT ?fact ?evidence ?article ?headline ?date WHERE { "
        f"{{ BIND({node} AS ?fact) }} UNION {{ ?fact ?p {node} }} "
        "GRAPH ?article { ?fact kg:evidence ?evidence } "
        "OPTIONAL { ?article schema:headline ?headline } OPTIONAL { ?article schema:datePublished ?date } "
        "} ORDER BY ?date ?article LIMIT 200"
    )
    iris = {resource} | {r["p"].value for r in outgoing} | {r["o"].value for r in outgoing if isinstance(r["o"], ox.NamedNode)}
    iris |= {r["s"].value for r in incoming} | {r["p"].value for r in incoming}
    iris |= {r["article"] for r in evidence}
    labels = labels_of(store, sorted(iris))
    title = labels.get(resource) or prefixed(resource)
    parts = [f"<header><h1>{html.escape(title)}</h1><small class=\"iri\">{html.escape(prefixed(resource))}</small>"
             f'<small><a href="/viz?iri={urllib.parse.quote(resource, safe="")}">show in the viewer</a>'
             "</small></header><main>"]
    parts.append("<h2>description</h2><table>" + "".join(
        f"<tr><td>{_value(r, 'p', labels)}</td><td>{_value(r, 'o', labels)}</td></tr>" for r in outgoing) + "</table>")
    if evidence:
        parts.append("<h2>evidence</h2>")
        for r in evidence:
            when = html.escape(r.get("date", ""))
            source = _link(r["article"], {r["article"]: r.get("headline", "")} if r.get("headline") else {})
            fact = "" if r["fact"] == resource else f" · {_link(r['fact'], labels)}"
            parts.append(f"<blockquote>{html.escape(r['evidence'])}<br><small>{when} {source}{fact}</small></blockquote>")
    if incoming:
        parts.append("<h2>what points here</h2><table>" + "".join(
            f"<tr><td>{_value(r, 's', labels)}</td><td>{_value(r, 'p', labels)}</td></tr>" for r in incoming) + "</table>")
    parts.append("</main>")
    body = (f'<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="referrer" content="no-referrer">'
            f"<title>{html.escape(title)} · kg</title><style>{RESOURCE_STYLE}</style></head><body>"
            + "".join(parts) + "</body></html>")
    return body, csp([], [RESOURCE_STYLE])
