/* Practice KG view page: draws the view's JSON with vis-network and explains what is clicked.
 *
 * Document text is data: every string from the graph reaches the page through textContent,
 * option.text or vis-network's plain-text title (innerText); no HTML parsing of data.
 */
(function () {
  "use strict";

  const data = JSON.parse(document.getElementById("kg-data").textContent);
  const FONT = '"Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "PingFang SC", ' +
    '"Microsoft YaHei", sans-serif';
  const DIM = "#e4e4e4";
  const PROPS = {
    region: "地区 region", agency: "机构 agency", mechanism: "机制 mechanism",
    outcome: "成效 outcome", partOf: "上级 part of", usedIn: "使用 used in",
    cooccurs: "共现 used with", theme: "主题 theme", document: "文件 document",
  };

  const byId = new Map(data.nodes.map((n) => [n.id, n]));
  const edgeById = new Map(data.edges.map((e) => [e.id, e]));
  const neighbours = new Map(data.nodes.map((n) => [n.id, []]));
  data.edges.forEach((e) => {
    neighbours.get(e.from).push({ edge: e, other: e.to });
    neighbours.get(e.to).push({ edge: e, other: e.from });
  });

  const state = {
    province: data["default"].province || "",
    theme: "",
    category: "",
    hidden: new Set(data["default"].hide),
    selected: null,
  };

  // --- helpers ------------------------------------------------------------------------------

  function el(tag, text, cls) {
    const node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = String(text);
    if (cls) node.className = cls;
    return node;
  }

  function className(cls) {
    const c = data.classes[cls];
    return c ? c.zh + " " + c.en : cls;
  }

  function short(text, size) {
    return text.length > size ? text.slice(0, size) + "…" : text;
  }

  // --- filters ------------------------------------------------------------------------------

  function measureOk(i) {
    const m = data.measures[i];
    return (!state.province || m.p.includes(state.province)) &&
      (!state.theme || m.t.includes(state.theme)) &&
      (!state.category || m.c.includes(state.category));
  }

  function facetActive() {
    return Boolean(state.province || state.theme || state.category);
  }

  function nodeVisible(n) {
    if (state.hidden.has(n.cls)) return false;
    return !facetActive() || n.m.some(measureOk);
  }

  function edgeVisible(e) {
    if (!nodeVisible(byId.get(e.from)) || !nodeVisible(byId.get(e.to))) return false;
    return !facetActive() || e.m.length === 0 || e.m.some(measureOk);
  }

  // --- vis-network --------------------------------------------------------------------------

  // Shapes, colours, positions, sizes and the vis options come from the view's pyvis Network.

  function visNode(n) {
    const big = n.cls === "Mechanism" || n.cls === "Region";
    return {
      id: n.id,
      label: short(n.label, n.cls === "Measure" || n.cls === "Outcome" ? 10 : 14),
      title: n.label + (n.en ? " · " + n.en : "") + "\n" + className(n.cls),
      x: n.x,
      y: n.y,
      shape: n.shape,
      size: n.size,
      color: { background: n.color, border: n.color },
      font: { size: big ? 14 : 11, color: "#222", face: FONT },
    };
  }

  function visEdge(e) {
    return {
      id: e.id,
      from: e.from,
      to: e.to,
      width: Math.min(1 + Math.log2(e.w) * 2, 12),
      title: (PROPS[e.p] || e.p) + (e.m.length ? " · " + e.m.length + " 举措 measures" : ""),
      color: { color: "#b9c2cc", highlight: "#333" },
    };
  }

  const nodes = new vis.DataSet(data.nodes.map(visNode));
  const edges = new vis.DataSet(data.edges.map(visEdge));
  const nodeView = new vis.DataView(nodes, { filter: (n) => nodeVisible(byId.get(n.id)) });
  const edgeView = new vis.DataView(edges, { filter: (e) => edgeVisible(edgeById.get(e.id)) });
  const container = document.getElementById("network");
  const options = Object.assign({}, data.options);
  options.nodes = Object.assign({}, options.nodes, { font: { face: FONT } });
  const network = new vis.Network(container, { nodes: nodeView, edges: edgeView }, options);

  // --- highlight and detail panel -----------------------------------------------------------

  function highlight(id) {
    const near = new Set([id]);
    const nearEdges = new Set();
    if (id) {
      neighbours.get(id).forEach((x) => {
        near.add(x.other);
        nearEdges.add(x.edge.id);
      });
    }
    nodes.update(data.nodes.map((n) => {
      const lit = !id || near.has(n.id);
      const color = lit ? n.color : DIM;
      return { id: n.id, color: { background: color, border: color },
        font: { color: lit ? "#222" : "#bbb" } };
    }));
    edges.update(data.edges.map((e) => ({
      id: e.id,
      color: { color: !id ? "#b9c2cc" : nearEdges.has(e.id) ? "#555" : "#eeeeee" },
    })));
  }

  const panel = document.getElementById("panel");

  function clearPanel() {
    panel.replaceChildren(el("p", "点击节点查看详情。 Click a node for its details and evidence.",
      "hint"));
    delete document.body.dataset.selected;
  }

  function factsList(facts) {
    const dl = el("dl", null, "facts");
    facts.forEach(([name, value]) => {
      dl.append(el("dt", name), el("dd", value));
    });
    return dl;
  }

  function sourceBlock(source) {
    const box = el("section", null, "source");
    box.append(el("h3", "来源 Source"));
    const where = el("p", null, "where");
    where.append(el("span", source.file, "file"));
    if (source.start !== null) {
      where.append(el("span", " [" + source.start + "–" + source.end + ")", "offsets"));
    }
    box.append(where, el("blockquote", source.quote, "quote"));
    return box;
  }

  function jumpButton(id, text) {
    const button = el("button", text, "link");
    button.type = "button";
    if (byId.has(id)) {
      button.addEventListener("click", () => focusNode(id));
    } else {
      button.disabled = true;
    }
    return button;
  }

  function evidenceBlock(rows, cls) {
    const box = el("section", null, "evidence");
    box.append(el("h3", (cls === "Measure" ? "链接证据 Evidence of links" : "使用证据 Evidence of uses") +
      " (" + rows.length + ")"));
    const list = el("ol");
    rows.forEach((r) => {
      const item = el("li");
      const head = el("p", null, "where");
      const [id, text] = cls === "Measure" ? [r.oid, r.o] : [r.sid, r.s];
      head.append(el("span", PROPS[r.p] || r.p, "prop"), document.createTextNode(" "));
      head.append(id ? jumpButton(id, text) : el("span", text));
      item.append(head);
      const where = el("p", null, "where");
      where.append(el("span", r.file, "file"));
      if (r.start !== null) where.append(el("span", " [" + r.start + "–" + r.end + ")", "offsets"));
      if (r.basis) where.append(el("span", " " + r.basis, "basis"));
      item.append(where, el("blockquote", r.quote, "quote"));
      list.append(item);
    });
    box.append(list);
    return box;
  }

  function linksBlock(id) {
    const box = el("section", null, "links");
    const links = neighbours.get(id).slice().sort((a, b) =>
      a.edge.p.localeCompare(b.edge.p) || byId.get(a.other).label.localeCompare(byId.get(b.other).label));
    box.append(el("h3", "本图中的连接 Links in this view (" + links.length + ")"));
    const list = el("ul");
    links.forEach((x) => {
      const item = el("li");
      item.append(el("span", PROPS[x.edge.p] || x.edge.p, "prop"), document.createTextNode(" "));
      item.append(jumpButton(x.other, byId.get(x.other).label));
      if (x.edge.w > 1) item.append(el("span", " ×" + x.edge.w, "weight"));
      list.append(item);
    });
    box.append(list);
    return box;
  }

  function showNode(id) {
    const record = data.records[id] || { label: id, cls: "", facts: [] };
    const n = byId.get(id);
    const cls = n ? n.cls : record.cls;
    const parts = [el("h2", record.label, "title"), el("p", className(cls), "badge")];
    if (n && n.community !== undefined) {
      parts.push(el("p", n.community > 0 ? "社区 community " + n.community : "未与其他机制共现 used alone", "badge"));
    }
    parts.push(factsList(record.facts));
    if (record.source) parts.push(sourceBlock(record.source));
    if (n) parts.push(linksBlock(id));
    const rows = (record.ev || []).map((i) => data.evidence[i]);
    if (rows.length) parts.push(evidenceBlock(rows, cls));
    panel.replaceChildren(...parts);
    panel.scrollTop = 0;
    document.body.dataset.selected = id;
  }

  function showEdge(id) {
    const e = edgeById.get(id);
    const parts = [
      el("h2", byId.get(e.from).label + " — " + byId.get(e.to).label, "title"),
      el("p", (PROPS[e.p] || e.p) + (e.m.length ? " · " + e.m.length + " 举措 measures" : ""), "badge"),
    ];
    const list = el("ul");
    e.m.forEach((i) => {
      const mid = data.measures[i].id;
      const record = data.records[mid];
      const item = el("li");
      item.append(jumpButton(mid, record ? record.label : mid));
      const file = record ? record.file || (record.source && record.source.file) : "";
      if (file) item.append(el("span", " " + file, "file"));
      list.append(item);
    });
    if (e.m.length) parts.push(el("h3", "举措 Measures"), list);
    panel.replaceChildren(...parts);
  }

  function select(id) {
    state.selected = id;
    network.selectNodes([id]);
    highlight(id);
    showNode(id);
  }

  function unselect() {
    state.selected = null;
    highlight(null);
    clearPanel();
  }

  function focusNode(id) {
    if (!byId.has(id)) return;
    if (!nodeVisible(byId.get(id))) resetFilters();
    select(id);
    network.focus(id, { scale: Math.max(network.getScale(), 1.2), animation: false });
    document.body.dataset.focused = id;
  }

  network.on("click", (params) => {
    if (params.nodes.length) select(params.nodes[0]);
    else if (params.edges.length) { unselect(); showEdge(params.edges[0]); }
    else unselect();
  });

  // --- search -------------------------------------------------------------------------------

  const search = document.getElementById("search");
  const matches = document.getElementById("matches");

  function score(n, query) {
    let best = 9;
    [n.label, n.en].concat(n.alt).forEach((text) => {
      const t = (text || "").toLowerCase();
      if (!t) return;
      if (t === query) best = Math.min(best, 0);
      else if (t.startsWith(query)) best = Math.min(best, 1);
      else if (t.includes(query)) best = Math.min(best, 2);
    });
    return best;
  }

  function find(query) {
    const q = query.trim().toLowerCase();
    if (!q) return [];
    return data.nodes
      .map((n) => ({ n: n, s: score(n, q) }))
      .filter((x) => x.s < 9)
      .sort((a, b) => a.s - b.s || a.n.label.length - b.n.label.length || (a.n.id < b.n.id ? -1 : 1))
      .map((x) => x.n);
  }

  function showMatches(found) {
    matches.replaceChildren();
    found.slice(0, 12).forEach((n) => {
      const item = el("li");
      const button = jumpButton(n.id, n.label + (n.en ? " · " + n.en : ""));
      item.append(button, el("span", " " + className(n.cls), "cls"));
      matches.append(item);
    });
    if (!found.length && search.value.trim()) matches.append(el("li", "没有匹配 No match"));
    matches.hidden = !search.value.trim();
  }

  search.addEventListener("input", () => showMatches(find(search.value)));
  search.addEventListener("keydown", (event) => {
    if (event.key !== "Enter") return;
    const found = find(search.value);
    if (found.length) focusNode(found[0].id);
    showMatches(found);
  });

  // --- filter controls ----------------------------------------------------------------------

  const selects = Array.from(document.querySelectorAll("select[data-facet]"));
  const ALL = { province: "全部省份 All provinces", theme: "全部主题 All themes",
    category: "全部类别 All categories" };

  selects.forEach((box) => {
    const facet = box.dataset.facet;
    box.append(new Option(ALL[facet], ""));
    (data.facets[facet] || []).forEach(([value, text]) => box.append(new Option(text, value)));
    box.disabled = !(data.facets[facet] || []).length;
    box.value = state[facet];
    box.addEventListener("change", () => {
      state[facet] = box.value;
      refresh();
    });
  });

  function refresh() {
    nodeView.refresh();
    edgeView.refresh();
    if (state.selected && !nodeVisible(byId.get(state.selected))) unselect();
    legendBoxes.forEach((box) => { box.checked = !state.hidden.has(box.value); });
    selects.forEach((box) => { box.value = state[box.dataset.facet]; });
    const drawn = nodeView.length;
    document.body.dataset.drawn = String(drawn);
    document.getElementById("count").textContent =
      "显示 " + drawn + " / " + data.nodes.length + " 个节点 nodes shown";
  }

  function resetFilters() {
    state.province = state.theme = state.category = "";
    state.hidden.clear();
    refresh();
    document.getElementById("default-note").hidden = true;
  }

  document.getElementById("reset").addEventListener("click", () => {
    resetFilters();
    network.fit({ animation: false });
  });

  // --- legend -------------------------------------------------------------------------------

  const legend = document.getElementById("legend");
  const legendBoxes = [];
  const classKeys = new Set(Object.keys(data.classes));
  data.legend.forEach((item) => {
    const li = el("li");
    const swatch = el("span", null, "swatch shape-" + item.shape);
    swatch.style.background = item.color;
    if (classKeys.has(item.key) && data.view.name !== "recurrence") {
      const box = document.createElement("input");
      box.type = "checkbox";
      box.value = item.key;
      box.checked = !state.hidden.has(item.key);
      box.addEventListener("change", () => {
        if (box.checked) state.hidden.delete(item.key); else state.hidden.add(item.key);
        refresh();
      });
      legendBoxes.push(box);
      const label = el("label");
      label.append(box, swatch, document.createTextNode(item.zh + " " + item.en));
      li.append(label);
    } else {
      li.append(swatch, document.createTextNode(item.zh + " · " + item.en));
    }
    legend.append(li);
  });

  // --- start --------------------------------------------------------------------------------

  clearPanel();
  refresh();
  network.fit({ animation: false });
  network.once("afterDrawing", () => { document.body.dataset.ready = "1"; });
  window.pkView = { network: network, nodes: nodeView, edges: edgeView, focusNode: focusNode,
    data: data };
})();
