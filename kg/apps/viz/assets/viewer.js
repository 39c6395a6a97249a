/* kg viewer: draws the graph embedded as JSON, the commitments matrix, and what lies behind a
 * node, an edge or a matrix cell.
 *
 * Safety rule for this file: text from the graph (labels, titles, evidence sentences) only
 * ever reaches the DOM through textContent / createTextNode, never innerHTML, and vis-network
 * gets no `title` strings (it would render them as HTML); tooltips are our own element.
 * Node labels are drawn on the canvas by this file (fillText), never as markup.
 */
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("kg-data").textContent);
  var meta = data.meta;
  var details = data.details;
  var ROWS = data.rows || [];
  var container = document.getElementById("graph");
  var nodes = new vis.DataSet(data.nodes);
  var edges = new vis.DataSet(data.edges);
  var t0 = performance.now();
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, data.options);
  var FONT = "\"Noto Sans CJK SC\", \"Source Han Sans SC\", \"PingFang SC\", \"Microsoft YaHei\", sans-serif";

  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = String(text);
    if (cls) e.className = cls;
    return e;
  }
  function byDateDesc(a, b) {
    var da = a.date || "", db = b.date || "";
    if (!da !== !db) return da ? -1 : 1;
    return da < db ? 1 : da > db ? -1 : 0;
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

  // -- year slider (graph, panels and matrix) -----------------------------------------
  var yFrom = document.getElementById("year-from");
  var yTo = document.getElementById("year-to");
  var yShown = document.getElementById("year-shown");
  var Y0 = meta.years.length ? meta.years[0] : 0;
  var Y1 = meta.years.length ? meta.years[meta.years.length - 1] : 0;
  [yFrom, yTo].forEach(function (inp) {
    inp.min = String(Y0); inp.max = String(Y1); inp.step = "1";
    inp.addEventListener("input", function () {
      if (Number(yFrom.value) > Number(yTo.value)) {
        if (inp === yFrom) yTo.value = yFrom.value; else yFrom.value = yTo.value;
      }
      applyFilters();
    });
  });
  yFrom.value = String(Y0);
  yTo.value = String(Y1);
  if (!meta.years.length) document.getElementById("years").hidden = true;
  if (Y0 === Y1) { yFrom.disabled = yTo.disabled = true; }

  function yearRange() {
    if (!meta.years.length) return [-Infinity, Infinity];
    var lo = Number(yFrom.value), hi = Number(yTo.value);
    return [lo <= Y0 ? -Infinity : lo, hi >= Y1 ? Infinity : hi];
  }
  function showYears() {
    yShown.textContent = yFrom.value === yTo.value ? yFrom.value : yFrom.value + " – " + yTo.value;
  }
  function inYears(years, lo, hi) {
    if (!years || !years.length) return true;
    for (var i = 0; i < years.length; i++) if (years[i] >= lo && years[i] <= hi) return true;
    return false;
  }
  function rowInYears(r) {
    var yr = yearRange();
    if (yr[0] === -Infinity && yr[1] === Infinity) return true;
    var y = r.date ? Number(r.date.slice(0, 4)) : NaN;
    return !isNaN(y) && y >= yr[0] && y <= yr[1];
  }

  function applyFilters() {
    showYears();
    var yr = yearRange(), lo = yr[0], hi = yr[1];
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
    if (matrix) matrix.render();
  }

  // -- labels: the most connected first, never overlapping ------------------------------
  // vis draws no node label (it would draw all of them, or none when zoomed out).  After each
  // frame the labels are drawn here in rank order (degree): the top meta.topLabels always, the
  // others only where they do not overlap one already drawn, so zooming in shows more.
  var LABEL_PX = 13;
  var labelOrder = Object.keys(details.nodes).sort(function (a, b) { return details.nodes[a].rank - details.nodes[b].rank; });
  var labelWidth = {};
  // Width on screen, estimated (a CJK character is one em, others about half): measuring
  // thousands of labels with measureText would delay the first frame.
  function textWidth(text) {
    var w = 0;
    for (var i = 0; i < text.length; i++) w += text.charCodeAt(i) > 0x2e80 ? 1 : 0.55;
    return w * LABEL_PX;
  }
  function shortLabel(id) {
    var l = details.nodes[id].label;
    return l.length > 18 ? l.slice(0, 17) + "…" : l;
  }
  function drawLabels(ctx) {
    var started = performance.now();
    var scale = network.getScale();
    var w = container.clientWidth, h = container.clientHeight;
    var cell = 48, grid = {}, drawn = [];
    var selected = {};
    network.getSelectedNodes().forEach(function (id) { selected[id] = true; });
    var order = labelOrder;
    if (network.getSelectedNodes().length) order = network.getSelectedNodes().concat(labelOrder);
    var done = {};
    ctx.save();
    ctx.font = (LABEL_PX / scale) + "px " + FONT;
    ctx.textBaseline = "top";
    ctx.textAlign = "left";
    ctx.lineJoin = "round";
    ctx.lineWidth = 3 / scale;
    ctx.strokeStyle = "rgba(255,255,255,0.92)";
    ctx.fillStyle = "#1f2933";
    function collides(r) {
      for (var gx = Math.floor(r[0] / cell); gx <= Math.floor(r[2] / cell); gx++) {
        for (var gy = Math.floor(r[1] / cell); gy <= Math.floor(r[3] / cell); gy++) {
          var list = grid[gx + "," + gy];
          if (!list) continue;
          for (var i = 0; i < list.length; i++) {
            var o = list[i];
            if (r[0] < o[2] && r[2] > o[0] && r[1] < o[3] && r[3] > o[1]) return true;
          }
        }
      }
      return false;
    }
    function occupy(r) {
      for (var gx = Math.floor(r[0] / cell); gx <= Math.floor(r[2] / cell); gx++) {
        for (var gy = Math.floor(r[1] / cell); gy <= Math.floor(r[3] / cell); gy++) {
          (grid[gx + "," + gy] = grid[gx + "," + gy] || []).push(r);
        }
      }
    }
    // While a big graph is dragged or zoomed only the top labels are drawn (like vis's
    // hideEdgesOnDrag); the full set comes back with the frame drawn when it stops.
    var budget = moving && labelOrder.length > 1000 ? meta.topLabels : 600;
    for (var k = 0; k < order.length && drawn.length < budget; k++) {
      var id = order[k];
      if (done[id]) continue;
      done[id] = true;
      var bn = network.body.nodes[id];
      if (!bn || bn.options.hidden) continue;
      var p = network.canvasToDOM({ x: bn.x, y: bn.y });
      if (p.x < -50 || p.y < -50 || p.x > w + 50 || p.y > h + 50) continue;
      var text = shortLabel(id);
      if (labelWidth[id] === undefined) labelWidth[id] = textWidth(text);
      var tw = labelWidth[id], th = LABEL_PX * 1.25;
      var r = (bn.options.size || 10) * scale + 2;
      // below, right, above, left of the node (screen pixels)
      var below = [p.x - tw / 2, p.y + r], right = [p.x + r + 2, p.y - th / 2];
      var spots = [meta.labelSide === "right" ? right : below, meta.labelSide === "right" ? below : right,
                   [p.x - tw / 2, p.y - r - th], [p.x - r - 2 - tw, p.y - th / 2]];
      var forced = details.nodes[id].rank < meta.topLabels || selected[id];
      var spot = null;
      for (var s = 0; s < spots.length; s++) {
        var box = [spots[s][0], spots[s][1], spots[s][0] + tw, spots[s][1] + th];
        if (!collides(box)) { spot = box; break; }
      }
      if (!spot && forced) spot = [spots[0][0], spots[0][1], spots[0][0] + tw, spots[0][1] + th];
      if (!spot) continue;
      occupy(spot);
      var c = network.DOMtoCanvas({ x: spot[0], y: spot[1] });
      ctx.strokeText(text, c.x, c.y);
      ctx.fillText(text, c.x, c.y);
      drawn.push(id);
    }
    ctx.restore();
    window.kgView.drawnLabels = drawn;
    window.kgView.labelMs = performance.now() - started;  // for benchmarks/bench_viz.py
  }
  var moving = false, settle = null;
  function still() { moving = false; network.redraw(); }
  network.on("dragStart", function () { moving = true; });
  network.on("dragEnd", still);
  network.on("zoom", function () { moving = true; clearTimeout(settle); settle = setTimeout(still, 150); });
  network.on("afterDrawing", drawLabels);

  // -- rows: one fact and sentence each ----------------------------------------------
  function rowItem(r, other) {
    var li = el("li", null, "row");
    if (r.fact) li.setAttribute("data-fact", r.fact);
    var head = el("div", null, "row-head");
    head.appendChild(el("span", r.date || "日期不详", "date"));
    if (r.event) head.appendChild(el("span", r.event, "event"));
    if (r.speaker) head.appendChild(el("span", "讲话人：" + r.speaker, "speaker"));
    li.appendChild(head);
    var what = (r.what || "") + (other ? " " + other : "");
    if (what.trim()) li.appendChild(el("div", what, "what"));
    if (r.evidence) {
      var q = el("blockquote", r.evidence);
      if (r.headline || r.published) {
        q.appendChild(el("span", "——" + (r.headline ? "《" + r.headline + "》" : "") + (r.published ? " " + r.published : ""), "src"));
      }
      li.appendChild(q);
    }
    return li;
  }
  function group(parent, title, items, open) {
    var d = el("details", null, "group");
    if (open) d.open = true;
    d.appendChild(el("summary", title + " (" + items.length + ")"));
    var list = el("ol", null, "rows");
    items.forEach(function (it) { list.appendChild(rowItem(it.row, it.other)); });
    d.appendChild(list);
    parent.appendChild(d);
    return d;
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
  function quote(text, sourceLine) {
    var q = el("blockquote", text);
    if (sourceLine) q.appendChild(el("span", sourceLine, "src"));
    body.appendChild(q);
  }

  // A career: each post as a bar from its first to its last attested date on one time axis.
  function careerBlock(c) {
    var box = el("div", null, "career");
    var dated = c.posts.filter(function (p) { return p.first; });
    if (c.posts.length) {
      body.appendChild(el("h3", "履历 (" + c.posts.length + ")"));
      var lo = null, hi = null;
      dated.forEach(function (p) {
        if (lo === null || p.first < lo) lo = p.first;
        if (hi === null || p.last > hi) hi = p.last;
      });
      var t = function (d) { return Date.parse(d.length === 4 ? d + "-07-01" : d.length === 7 ? d + "-15" : d); };
      var span = lo !== null ? Math.max(t(hi) - t(lo), 1) : 1;
      if (lo !== null) {
        var axis = el("div", null, "axis");
        axis.appendChild(el("span", lo));
        axis.appendChild(el("span", hi));
        box.appendChild(axis);
      }
      c.posts.forEach(function (p) {
        var row = el("div", null, "post");
        row.appendChild(el("div", p.title + (p.org && p.title.indexOf(p.org) < 0 ? "（" + p.org + "）" : ""), "post-title"));
        var track = el("div", null, "track");
        if (p.first) {
          var bar = el("div", null, "bar");
          bar.style.left = (100 * (t(p.first) - t(lo)) / span) + "%";
          bar.style.width = "max(4px, " + (100 * (t(p.last) - t(p.first)) / span) + "%)";
          track.appendChild(bar);
        }
        row.appendChild(track);
        row.appendChild(el("div", (p.first ? (p.first === p.last ? p.first : p.first + " – " + p.last) : "日期不详") +
          " · " + p.count + " 次", "post-dates"));
        box.appendChild(row);
      });
      body.appendChild(box);
    }
    if (c.events.length) {
      var d = el("details", null, "group");
      d.open = c.events.length <= 60;
      d.appendChild(el("summary", "出席活动 (" + c.events.length + ")"));
      var ol = el("ol", null, "events");
      c.events.forEach(function (e) {
        var li = el("li");
        li.appendChild(el("span", e.date || "日期不详", "date"));
        li.appendChild(el("span", e.role, "role"));
        li.appendChild(el("span", e.event));
        ol.appendChild(li);
      });
      d.appendChild(ol);
      body.appendChild(d);
    }
  }

  var HIDDEN_FACTS = { "职务": 1, "承诺（未列项目）": 1, "部署（未列对象）": 1 };

  function showNode(id) {
    var d = details.nodes[id];
    if (!d) return;
    body.textContent = "";
    body.appendChild(el("div", meta.typeInfo[d.type].label, "kind"));
    body.appendChild(el("h2", d.label));
    body.appendChild(el("div", d.iri, "iri"));
    var factKeys = Object.keys(d.facts || {}).filter(function (k) { return !HIDDEN_FACTS[k] || !d.career && k === "职务"; });
    if (factKeys.length) {
      var dl = el("dl");
      factKeys.forEach(function (k) {
        dl.appendChild(el("dt", k));
        dl.appendChild(el("dd", d.facts[k].join("、")));
      });
      body.appendChild(dl);
    }
    if (d.career) careerBlock(d.career);
    if (d.headlines && d.headlines.length && d.evidence && d.evidence.length) {
      section("报道", d.headlines, function (li, t) { li.textContent = t; });
      body.appendChild(el("h3", "原文"));
      d.evidence.forEach(function (s) { quote(s); });
    }
    // Every fact of the node's edges (and its statements that name no target), grouped by
    // kind, newest first; a statement behind two edges is one row naming both ends.
    var groups = {}, order = [];
    function add(kind, r, other) {
      if (!rowInYears(r)) return;
      var g = groups[kind];
      if (!g) { g = groups[kind] = { items: [], byKey: {} }; order.push(kind); }
      var key = (r.fact || "") + "\u0000" + (r.evidence || "") + "\u0000" + (r.article || "");
      var it = g.byKey[key];
      if (it) { if (other && it.others.indexOf(other) < 0) it.others.push(other); return; }
      it = g.byKey[key] = { row: r, others: other ? [other] : [] };
      g.items.push(it);
    }
    (d.rows || []).forEach(function (i) { add(ROWS[i].kind === "directive" ? "部署（未列对象）" : "承诺（未列项目）", ROWS[i], ""); });
    var links = network.getConnectedEdges(id).filter(function (eid) { var e = edges.get(eid); return e && !e.hidden; });
    links.forEach(function (eid) {
      var ed = details.edges[eid];
      var out = ed.from === id;
      var name = (out ? "" : "←") + (meta.edgeLabels[ed.kind] || ed.kindLabel);
      var other = out ? "→ " + ed.toLabel : "← " + ed.fromLabel;
      if (!ed.rows.length) add(name, { what: ed.label }, other);
      ed.rows.forEach(function (i) { add(name, ROWS[i], other); });
    });
    order.forEach(function (kind) {
      var g = groups[kind];
      var items = g.items.map(function (it) { return { row: it.row, other: it.others.join("，") }; });
      items.sort(function (a, b) { return byDateDesc(a.row, b.row); });
      group(body, kind, items, items.length <= 20);
    });
    var rel = el("details", null, "group");
    rel.appendChild(el("summary", "关系 (" + links.length + ")"));
    var ul = el("ul");
    links.slice(0, 300).forEach(function (eid) {
      var ed = details.edges[eid];
      var li = el("li", ed.fromLabel + " —" + ed.label + "→ " + ed.toLabel, "link");
      li.addEventListener("click", function () { network.selectEdges([eid]); showEdge(eid); });
      ul.appendChild(li);
    });
    rel.appendChild(ul);
    body.appendChild(rel);
    panel.hidden = false;
  }

  function showEdge(id) {
    var d = details.edges[id];
    if (!d) return;
    body.textContent = "";
    body.appendChild(el("div", d.kindLabel + (d.count > 1 ? " · " + d.count + " 次" : ""), "kind"));
    body.appendChild(el("h2", d.fromLabel + " —" + d.label + "→ " + d.toLabel));
    var dl = el("dl");
    var span = d.dates.length ? (d.dates.length > 1 ? d.dates[0] + " – " + d.dates[d.dates.length - 1] : d.dates[0]) : "";
    [["职务", d.titles], ["日期", span ? [span] : []], ["场合", d.events]].forEach(function (p) {
      if (p[1] && p[1].length) { dl.appendChild(el("dt", p[0])); dl.appendChild(el("dd", p[1].join("、"))); }
    });
    if (dl.childNodes.length) body.appendChild(dl);
    var items = d.rows.map(function (i) { return { row: ROWS[i], other: "" }; }).filter(function (it) { return rowInYears(it.row); });
    items.sort(function (a, b) { return byDateDesc(a.row, b.row); });
    if (items.length) group(body, d.kindLabel, items, true);
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
    var first = d.rows.length && ROWS[d.rows[0]].evidence ? "\n" + ROWS[d.rows[0]].evidence : "";
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
    if (matrix && matrix.active()) { status.textContent = matrix.filter(q); return null; }
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
    network.focus(best, { scale: Math.max(1.2, network.getScale()), animation: false });
    showNode(best);
    return best;
  }
  input.addEventListener("keydown", function (e) { if (e.key === "Enter") search(input.value); });
  input.addEventListener("input", function () { if (matrix && matrix.active()) status.textContent = matrix.filter(input.value); });
  document.getElementById("search-go").addEventListener("click", function () { search(input.value); });

  // -- the commitments matrix ----------------------------------------------------------
  // Rows: who committed or issued (provinces, bodies, persons); columns: projects, or the
  // addressees of directives; a cell: the statements of that pair, shaded by their number.
  // A statement naming no maker, project or addressee sits in the "未列" row or column, so the
  // cells hold every statement in range.
  var matrix = null;
  function Matrix() {
    var S = data.statements, N = data.names;
    var NONE = -1;
    var root = document.getElementById("matrix");
    var bar = document.getElementById("matrix-bar");
    var table = document.getElementById("matrix-table");
    var state = { kind: "all", axis: "mix", query: "", rows: 40, cols: 60 };
    var summary = el("span", null, "matrix-summary");
    function select(label, options, key, onchange) {
      var lab = el("label", label + " ");
      var s = document.createElement("select");
      s.id = "matrix-" + key;
      options.forEach(function (o) { var opt = el("option", o[1]); opt.value = o[0]; s.appendChild(opt); });
      s.value = String(state[key]);
      s.addEventListener("change", function () { state[key] = isNaN(Number(s.value)) ? s.value : Number(s.value); if (onchange) onchange(); render(); });
      lab.appendChild(s);
      bar.appendChild(lab);
      return s;
    }
    var axisSel;
    select("类别", [["all", "承诺与部署"], ["commitment", "承诺"], ["directive", "部署"]], "kind", function () {
      if (state.kind === "directive") { state.axis = "ad"; axisSel.value = "ad"; }
      if (state.kind === "commitment") { state.axis = "pr"; axisSel.value = "pr"; }
    });
    // Columns: what a commitment concerns and whom a directive addresses ("mix"), or either alone.
    axisSel = select("列", [["mix", "承诺的项目 · 部署的对象"], ["pr", "项目"], ["ad", "部署对象"]], "axis");
    select("行数", [[20, "前 20"], [40, "前 40"], [100, "前 100"], [100000, "全部"]], "rows");
    select("列数", [[30, "前 30"], [60, "前 60"], [150, "前 150"], [100000, "全部"]], "cols");
    bar.appendChild(summary);
    var NONE_ROW = "（未列主体）";
    function noneCol() { return state.axis === "pr" ? "（未列项目）" : state.axis === "ad" ? "（未列对象）" : "（未列项目或对象）"; }
    function columnsOf(s) {
      if (state.axis === "pr") return s.pr;
      if (state.axis === "ad") return s.ad;
      return s.k === "directive" ? s.ad : s.pr;
    }
    function nameOf(i, isRow) { return i === NONE ? (isRow ? NONE_ROW : noneCol()) : N[i][1]; }

    var cells = {}, shownRows = [], shownCols = [];
    function compute() {
      var yr = yearRange();
      var rowSet = {}, colSet = {};
      cells = {};
      var total = 0;
      S.forEach(function (s, si) {
        if (state.kind !== "all" && s.k !== state.kind) return;
        if ((yr[0] !== -Infinity || yr[1] !== Infinity) && (s.y === null || s.y < yr[0] || s.y > yr[1])) return;
        total++;
        var rs = s.ag.length ? s.ag : [NONE];
        var cs = columnsOf(s);
        if (!cs.length) cs = [NONE];
        rs.forEach(function (r) {
          (rowSet[r] = rowSet[r] || []).push(si);
          cs.forEach(function (c) {
            var key = r + "|" + c;
            (cells[key] = cells[key] || []).push(si);
          });
        });
        cs.forEach(function (c) { (colSet[c] = colSet[c] || []).push(si); });
      });
      return { rowSet: rowSet, colSet: colSet, total: total };
    }
    // Largest first; the "未列" row or column (no maker, project or addressee named) last.
    function ordered(set, isRow) {
      return Object.keys(set).map(Number).sort(function (a, b) {
        return (a === NONE) - (b === NONE) || set[b].length - set[a].length ||
          (nameOf(a, isRow) < nameOf(b, isRow) ? -1 : nameOf(a, isRow) > nameOf(b, isRow) ? 1 : a - b);
      });
    }
    function firstN(list, n) {
      var out = list.slice(0, n);
      if (list.length > n && list[list.length - 1] === NONE) out[n - 1] = NONE;
      return out;
    }
    function render() {
      var c = compute();
      var rows = ordered(c.rowSet, true), cols = ordered(c.colSet, false);
      var q = state.query;
      if (q) {
        var rowHit = function (r) { return nameOf(r, true).toLowerCase().indexOf(q) >= 0; };
        var colHit = function (k) { return nameOf(k, false).toLowerCase().indexOf(q) >= 0; };
        var hitCols = cols.filter(colHit), hitRows = rows.filter(rowHit);
        rows = rows.filter(function (r) { return rowHit(r) || hitCols.some(function (k) { return cells[r + "|" + k]; }); });
        cols = cols.filter(function (k) { return colHit(k) || hitRows.some(function (r) { return cells[r + "|" + k]; }); });
      }
      shownRows = firstN(rows, state.rows);
      shownCols = firstN(cols, state.cols);
      var max = 1;
      shownRows.forEach(function (r) { shownCols.forEach(function (k) { var v = cells[r + "|" + k]; if (v && v.length > max) max = v.length; }); });
      table.textContent = "";
      var thead = el("thead"), hr = el("tr");
      var corner = { all: "承诺者、部署者", commitment: "承诺者", directive: "部署者" }[state.kind] + " \\ " +
        { mix: "项目、对象", pr: "项目", ad: "对象" }[state.axis];
      hr.appendChild(el("th", corner, "corner"));
      shownCols.forEach(function (k) {
        var th = el("th", null, "col");
        th.setAttribute("scope", "col");
        if (k !== NONE) {
          var csw = el("span", null, "swatch");
          csw.style.background = (meta.typeInfo[N[k][2]] || meta.typeInfo.organization).color;
          th.appendChild(csw);
        }
        th.appendChild(el("span", nameOf(k, false), "name"));
        th.title = nameOf(k, false);  // a plain-text tooltip for a clipped header
        th.appendChild(el("span", String(c.colSet[k].length), "total"));
        th.setAttribute("data-col", k === NONE ? "" : N[k][0]);
        hr.appendChild(th);
      });
      thead.appendChild(hr);
      table.appendChild(thead);
      var tbody = el("tbody");
      shownRows.forEach(function (r) {
        var tr = el("tr");
        var th = el("th", null, "row");
        th.setAttribute("scope", "row");
        if (r !== NONE) {
          var sw = el("span", null, "swatch");
          sw.style.background = (meta.typeInfo[N[r][2]] || meta.typeInfo.organization).color;
          th.appendChild(sw);
        }
        th.appendChild(el("span", nameOf(r, true), "name"));
        th.title = nameOf(r, true);
        th.appendChild(el("span", String(c.rowSet[r].length), "total"));
        th.setAttribute("data-row", r === NONE ? "" : N[r][0]);
        if (r !== NONE && details.nodes[N[r][0]]) th.addEventListener("click", function () { showNode(N[r][0]); });
        tr.appendChild(th);
        shownCols.forEach(function (k) {
          var list = cells[r + "|" + k];
          var td = el("td", list ? String(list.length) : "");
          if (list) {
            td.className = "hit";
            var a = 0.12 + 0.78 * Math.log(1 + list.length) / Math.log(1 + max);
            td.style.background = "rgba(214, 69, 69, " + a.toFixed(3) + ")";
            if (a > 0.55) td.style.color = "#fff";
            td.setAttribute("data-count", String(list.length));
            td.addEventListener("click", function () { openCell(r, k); });
          }
          tr.appendChild(td);
        });
        tbody.appendChild(tr);
      });
      table.appendChild(tbody);
      var inCells = {};
      shownRows.forEach(function (r) { shownCols.forEach(function (k) { (cells[r + "|" + k] || []).forEach(function (si) { inCells[si] = 1; }); }); });
      summary.textContent = c.total + " 条表述 · 显示 " + shownRows.length + " / " + rows.length + " 行 × " +
        shownCols.length + " / " + cols.length + " 列 · 格中 " + Object.keys(inCells).length + " 条";
      return shownRows.length + " 行 · " + shownCols.length + " 列";
    }
    function openCell(r, k) {
      var list = (cells[r + "|" + k] || []).map(function (si) { return S[si]; });
      body.textContent = "";
      body.appendChild(el("div", "矩阵 · " + list.length + " 条表述", "kind"));
      body.appendChild(el("h2", nameOf(r, true) + " × " + nameOf(k, false)));
      var items = list.map(function (s) { return { row: ROWS[s.r], other: "" }; });
      items.sort(function (a, b) { return byDateDesc(a.row, b.row); });
      var ol = el("ol", null, "rows cell-rows");
      items.forEach(function (it) {
        var li = rowItem(it.row, "");
        var kind = el("span", it.row.kind === "directive" ? "部署" : "承诺", "tag " + (it.row.kind || ""));
        li.firstChild.insertBefore(kind, li.firstChild.firstChild.nextSibling);
        ol.appendChild(li);
      });
      body.appendChild(ol);
      panel.hidden = false;
    }
    this.render = render;
    this.openCell = openCell;
    this.filter = function (q) { state.query = (q || "").trim().toLowerCase(); return render(); };
    this.active = function () { return !root.hidden; };
    this.cells = function () { return cells; };
    this.shown = function () { return { rows: shownRows, cols: shownCols }; };
  }

  // -- tabs --------------------------------------------------------------------------
  var tabGraph = document.getElementById("tab-graph"), tabMatrix = document.getElementById("tab-matrix");
  function showTab(which) {
    var m = which === "matrix" && matrix;
    document.getElementById("matrix").hidden = !m;
    container.hidden = !!m;
    legend.hidden = !!m;
    typesBox.hidden = !!m;
    tabGraph.classList.toggle("on", !m);
    tabMatrix.classList.toggle("on", !!m);
    input.placeholder = m ? "筛选行、列…" : "搜索节点…";
    if (m) matrix.render(); else if (matrix) matrix.filter("");
    if (!m) network.redraw();
  }
  if (meta.matrix) {
    matrix = new Matrix();
    document.getElementById("tabs").hidden = false;
    tabGraph.addEventListener("click", function () { showTab("graph"); });
    tabMatrix.addEventListener("click", function () { showTab("matrix"); });
  }

  // -- ready signal for people and for tests ----------------------------------------
  window.kgView = {
    network: network, nodes: nodes, edges: edges, details: details, meta: meta, rows: ROWS,
    search: search, showNode: showNode, showEdge: showEdge, applyFilters: applyFilters,
    matrix: matrix, showTab: showTab, drawnLabels: [],
    firstDrawnAt: null, createdIn: performance.now() - t0, lastClick: null
  };
  network.once("afterDrawing", function () {
    window.kgView.firstDrawnAt = performance.now();
    // The matrix page opens on the matrix once the network behind its other tab is drawn.
    if (meta.view === "matrix" && matrix) showTab("matrix");
    document.body.setAttribute("data-ready", "1");
  });
  showYears();
  showCounts();
  if (meta.focus && nodes.get(meta.focus)) {
    network.selectNodes([meta.focus]);
  }
  tabGraph.classList.add("on");
})();
