/* kg viewer: draws the graph embedded as JSON, and shows what lies behind a node or an edge.
 *
 * Safety rule for this file: text from the graph (labels, titles, evidence sentences) only
 * ever reaches the DOM through textContent / createTextNode, never innerHTML, and vis-network
 * gets no `title` strings (it would render them as HTML); tooltips are our own element.
 */
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("kg-data").textContent);
  var meta = data.meta;
  var details = data.details;
  var container = document.getElementById("graph");
  var nodes = new vis.DataSet(data.nodes);
  var edges = new vis.DataSet(data.edges);
  var t0 = performance.now();
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, data.options);

  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = String(text);
    if (cls) e.className = cls;
    return e;
  }

  // -- header: title, counts ------------------------------------------------------
  document.getElementById("title").textContent = meta.title;
  var countsEl = document.getElementById("counts");
  function showCounts() {
    var shownNodes = nodes.get({ filter: function (n) { return !n.hidden; } }).length;
    var shownEdges = edges.get({ filter: function (e) { return !e.hidden; } }).length;
    countsEl.textContent = shownNodes + " / " + meta.counts.nodes + " 节点 · " +
      shownEdges + " / " + meta.counts.edges + " 关系";
  }

  // -- legend and type filter ------------------------------------------------------
  var legend = document.getElementById("legend");
  var typesBox = document.getElementById("types");
  var typeOn = {};
  meta.types.forEach(function (t) {
    var info = meta.typeInfo[t];
    typeOn[t] = true;
    var row = el("div");
    var sw = el("span", null, "swatch");
    sw.style.background = info.color;
    row.appendChild(sw);
    row.appendChild(el("span", info.label + " (" + info.count + ")"));
    legend.appendChild(row);
    var lab = el("label");
    var box = document.createElement("input");
    box.type = "checkbox";
    box.checked = true;
    box.value = t;
    box.setAttribute("data-type", t);
    box.addEventListener("change", function () { typeOn[t] = box.checked; applyFilters(); });
    lab.appendChild(box);
    var sw2 = el("span", null, "swatch");
    sw2.style.background = info.color;
    lab.appendChild(sw2);
    lab.appendChild(el("span", info.label));
    typesBox.appendChild(lab);
  });

  // -- year filter ------------------------------------------------------------------
  var yFrom = document.getElementById("year-from");
  var yTo = document.getElementById("year-to");
  [yFrom, yTo].forEach(function (sel, i) {
    sel.appendChild(el("option", i === 0 ? "起" : "止")).value = "";
    meta.years.forEach(function (y) { sel.appendChild(el("option", String(y))).value = String(y); });
    sel.addEventListener("change", applyFilters);
  });
  if (!meta.years.length) document.getElementById("years").hidden = true;

  function inYears(years, lo, hi) {
    if (!years || !years.length) return true;
    for (var i = 0; i < years.length; i++) if (years[i] >= lo && years[i] <= hi) return true;
    return false;
  }

  function applyFilters() {
    var lo = yFrom.value ? Number(yFrom.value) : -Infinity;
    var hi = yTo.value ? Number(yTo.value) : Infinity;
    var edgeUpdates = [];
    var alive = {};
    var hadEdge = {};
    edges.forEach(function (e) {
      var d = details.edges[e.id];
      var hide = !inYears(d.years, lo, hi);
      hadEdge[e.from] = hadEdge[e.to] = true;
      if (!hide) { alive[e.from] = alive[e.to] = true; }
      if (!!e.hidden !== hide) edgeUpdates.push({ id: e.id, hidden: hide });
    });
    var nodeUpdates = [];
    nodes.forEach(function (n) {
      var d = details.nodes[n.id];
      var hide = !typeOn[d.type] || !inYears(d.years, lo, hi) || (hadEdge[n.id] && !alive[n.id]);
      if (!!n.hidden !== hide) nodeUpdates.push({ id: n.id, hidden: hide });
    });
    if (edgeUpdates.length) edges.update(edgeUpdates);
    if (nodeUpdates.length) nodes.update(nodeUpdates);
    showCounts();
  }

  // -- side panel -----------------------------------------------------------------
  var panel = document.getElementById("panel");
  var body = document.getElementById("panel-body");
  document.getElementById("panel-close").addEventListener("click", function () { panel.hidden = true; });

  function section(title, items, render) {
    if (!items || !items.length) return;
    body.appendChild(el("h3", title));
    var list = el("ul");
    items.forEach(function (it) { var li = el("li"); render(li, it); list.appendChild(li); });
    body.appendChild(list);
  }
  function textItem(li, t) { li.textContent = t; }
  function quote(text, sourceLine) {
    var q = el("blockquote", text);
    if (sourceLine) q.appendChild(el("span", sourceLine, "src"));
    body.appendChild(q);
  }

  function showNode(id) {
    var d = details.nodes[id];
    if (!d) return;
    body.textContent = "";
    body.appendChild(el("div", meta.typeInfo[d.type].label, "kind"));
    body.appendChild(el("h2", d.label));
    body.appendChild(el("div", d.iri, "iri"));
    var factKeys = Object.keys(d.facts || {});
    if (factKeys.length) {
      var dl = el("dl");
      factKeys.forEach(function (k) {
        dl.appendChild(el("dt", k));
        dl.appendChild(el("dd", d.facts[k].join("、")));
      });
      body.appendChild(dl);
    }
    section("日期", d.dates, textItem);
    section("报道", d.headlines, textItem);
    if (d.evidence && d.evidence.length) {
      body.appendChild(el("h3", "原文"));
      d.evidence.forEach(function (s) { quote(s); });
    }
    var links = network.getConnectedEdges(id).filter(function (eid) { var e = edges.get(eid); return e && !e.hidden; });
    section("关系 (" + links.length + ")", links.slice(0, 200), function (li, eid) {
      var ed = details.edges[eid];
      li.textContent = ed.fromLabel + " —" + ed.label + "→ " + ed.toLabel;
      li.style.cursor = "pointer";
      li.addEventListener("click", function () { network.selectEdges([eid]); showEdge(eid); });
    });
    panel.hidden = false;
  }

  function showEdge(id) {
    var d = details.edges[id];
    if (!d) return;
    body.textContent = "";
    body.appendChild(el("div", d.kindLabel + (d.count > 1 ? " · " + d.count + " 次" : ""), "kind"));
    body.appendChild(el("h2", d.fromLabel + " —" + d.label + "→ " + d.toLabel));
    var dl = el("dl");
    [["职务", d.titles], ["日期", d.dates], ["场合", d.events], ["行动", d.actions]].forEach(function (p) {
      if (p[1] && p[1].length) { dl.appendChild(el("dt", p[0])); dl.appendChild(el("dd", p[1].join("、"))); }
    });
    if (dl.childNodes.length) body.appendChild(dl);
    if (d.sources && d.sources.length) {
      body.appendChild(el("h3", "原文 (" + d.sources.length + ")"));
      d.sources.forEach(function (s) {
        var line = s.headline ? "——《" + s.headline + "》" + (s.published ? " " + s.published : "") : "";
        quote(s.evidence, line);
      });
    }
    panel.hidden = false;
  }

  network.on("click", function (p) {
    if (p.nodes.length) showNode(p.nodes[0]);
    else if (p.edges.length) showEdge(p.edges[0]);
    else panel.hidden = true;
    window.kgView.lastClick = { nodes: p.nodes, edges: p.edges, at: performance.now() };
  });

  // -- tooltip (our own element; vis would render a title string as HTML) ----------
  var tip = document.getElementById("tooltip");
  function showTip(text, dom) {
    tip.textContent = text;
    tip.style.left = (dom.x + 12) + "px";
    tip.style.top = (dom.y + 12) + "px";
    tip.hidden = false;
  }
  network.on("hoverNode", function (p) {
    var d = details.nodes[p.node];
    showTip(meta.typeInfo[d.type].label + "：" + d.label, p.pointer.DOM);
  });
  network.on("hoverEdge", function (p) {
    var d = details.edges[p.edge];
    var first = d.sources && d.sources.length ? "\n" + d.sources[0].evidence : "";
    showTip(d.fromLabel + " —" + d.label + "→ " + d.toLabel + first, p.pointer.DOM);
  });
  network.on("blurNode", function () { tip.hidden = true; });
  network.on("blurEdge", function () { tip.hidden = true; });
  network.on("dragStart", function () { tip.hidden = true; });

  // -- search ---------------------------------------------------------------------
  var input = document.getElementById("search");
  var status = document.getElementById("search-status");
  var listFilled = false;
  input.addEventListener("focus", function () {
    if (listFilled) return;
    listFilled = true;
    var dl = document.getElementById("labels");
    var seen = {};
    data.nodes.forEach(function (n) {
      var l = details.nodes[n.id].label;
      if (!seen[l]) { seen[l] = true; dl.appendChild(el("option")).value = l; }
    });
  });

  function search(q) {
    q = (q || "").trim().toLowerCase();
    if (!q) { status.textContent = ""; return null; }
    var best = null, bestKey = null, hits = 0;
    nodes.forEach(function (n) {
      if (n.hidden) return;
      var d = details.nodes[n.id];
      var l = d.label.toLowerCase();
      var alt = (d.alt || []).some(function (a) { return a.toLowerCase() === q; });
      var pos = l.indexOf(q);
      if (pos < 0 && !alt) return;
      hits++;
      // Exact label, then exact alias, then the shortest label containing the text.
      var key = [l === q ? 0 : alt ? 1 : 2, l.length, d.label, n.id];
      if (!bestKey || key[0] < bestKey[0] || (key[0] === bestKey[0] && (key[1] < bestKey[1] ||
          (key[1] === bestKey[1] && key[2] + key[3] < bestKey[2] + bestKey[3])))) { best = n.id; bestKey = key; }
    });
    if (best === null) { status.textContent = "无匹配"; return null; }
    status.textContent = hits + " 个匹配";
    network.selectNodes([best]);
    network.focus(best, { scale: 1.2, animation: false });
    showNode(best);
    return best;
  }
  input.addEventListener("keydown", function (e) { if (e.key === "Enter") search(input.value); });
  document.getElementById("search-go").addEventListener("click", function () { search(input.value); });

  // -- ready signal for people and for tests ----------------------------------------
  window.kgView = {
    network: network, nodes: nodes, edges: edges, details: details, meta: meta,
    search: search, showNode: showNode, showEdge: showEdge, applyFilters: applyFilters,
    firstDrawnAt: null, createdIn: performance.now() - t0, lastClick: null
  };
  network.once("afterDrawing", function () {
    window.kgView.firstDrawnAt = performance.now();
    document.body.setAttribute("data-ready", "1");
  });
  showCounts();
  if (meta.focus && nodes.get(meta.focus)) {
    network.selectNodes([meta.focus]);
  }
})();
