/* The actor-network page: draws the embedded data with vis-network, filters it, and explains what is hovered or clicked.
 *
 * Every text from the data goes in through textContent, never innerHTML: article titles
 * come from the web. `window.kgNetwork` exposes the network, its data sets and the filter
 * state to tests. */
(function () {
  "use strict";

  const TOOLTIP_EVENTS = 4;
  const SEARCH_RESULTS = 8;
  const LABEL_MARGIN = 4;  // pixels (canvas units) kept free between two labels
  const data = JSON.parse(document.getElementById("kg-data").textContent);
  const container = document.getElementById("kg-network");
  const details = document.getElementById("kg-details");
  const search = document.getElementById("kg-search");
  const results = document.getElementById("kg-search-results");
  const fromInput = document.getElementById("kg-from");
  const toInput = document.getElementById("kg-to");
  const shown = document.getElementById("kg-shown");

  function element(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = text;
    return node;
  }

  function plural(count, word) {
    return count + " " + word + (count === 1 ? "" : "s");
  }

  /* Lower case without accents: what the page's data holds in `search` (see network.py). */
  function fold(text) {
    return text.toLowerCase().normalize("NFKD").replace(/\p{M}/gu, "").trim();
  }

  /* `meeting (2), call`: each event type, most frequent first, with its count when above one (as network.py). */
  function edgeLabel(events) {
    const counts = new Map();
    events.forEach(function (event) { counts.set(event.type, (counts.get(event.type) || 0) + 1); });
    return Array.from(counts.keys())
      .sort(function (a, b) { return counts.get(b) - counts.get(a) || (a < b ? -1 : a > b ? 1 : 0); })
      .map(function (type) { return type + (counts.get(type) > 1 ? " (" + counts.get(type) + ")" : ""); })
      .join(", ");
  }

  // --- filters --------------------------------------------------------------------------------
  const allTypes = Array.from(new Set(data.edges.flatMap(function (edge) { return edge.events.map(function (e) { return e.type; }); }))).sort();
  const days = data.edges.flatMap(function (edge) { return edge.events.map(function (e) { return e.day; }); }).filter(Boolean).sort();
  const span = { from: days[0] || "", to: days[days.length - 1] || "" };
  const state = { types: new Set(allTypes), from: span.from, to: span.to, focus: null };

  function rangeNarrowed() {
    return state.from !== span.from || state.to !== span.to;
  }

  /* An event passes when its type is checked and its first day is in the range; an undated
   * event only while the range is the whole span. */
  function passes(event) {
    if (!state.types.has(event.type)) return false;
    if (!event.day) return !rangeNarrowed();
    return (!state.from || event.day >= state.from) && (!state.to || event.day <= state.to);
  }

  function narrowed() {
    return rangeNarrowed() || state.types.size !== allTypes.length || state.focus !== null;
  }

  function applyFilters() {
    const degree = new Map();
    const edgeUpdates = data.edges.map(function (edge) {
      const events = edge.events.filter(passes);
      const touchesFocus = state.focus === null || edge.from === state.focus || edge.to === state.focus;
      const visible = events.length > 0 && touchesFocus;
      if (visible) {
        degree.set(edge.from, (degree.get(edge.from) || 0) + 1);
        degree.set(edge.to, (degree.get(edge.to) || 0) + 1);
      }
      return { id: edge.id, hidden: !visible, shownEvents: events, weight: events.length, value: Math.max(events.length, 1), label: edgeLabel(events) };
    });
    edges.update(edgeUpdates.map(function (update) {
      return Object.assign(update, { title: edgeTooltip(Object.assign({}, edges.get(update.id), update)) });
    }));
    const isolated = !narrowed();
    nodes.update(data.nodes.map(function (node) {
      const visible = degree.has(node.id) || node.id === state.focus || (isolated && !data.edges.some(function (e) { return e.from === node.id || e.to === node.id; }));
      return { id: node.id, hidden: !visible };
    }));
    const visibleNodes = nodes.get({ filter: function (node) { return !node.hidden; } }).length;
    const visibleEdges = edges.get({ filter: function (edge) { return !edge.hidden; } }).length;
    shown.textContent = narrowed() ? "— showing " + plural(visibleNodes, "actor") + ", " + plural(visibleEdges, "link") : "";
  }

  function buildTypeFilter() {
    const fieldset = document.getElementById("kg-types");
    allTypes.forEach(function (type) {
      const label = element("label");
      const box = element("input");
      box.type = "checkbox";
      box.checked = true;
      box.value = type;
      box.addEventListener("change", function () {
        if (box.checked) state.types.add(type); else state.types.delete(type);
        applyFilters();
      });
      label.appendChild(box);
      label.appendChild(document.createTextNode(" " + type));
      fieldset.appendChild(label);
    });
  }

  function buildDateFilter() {
    [fromInput, toInput].forEach(function (input) {
      input.min = span.from;
      input.max = span.to;
      input.disabled = !span.from;
    });
    fromInput.value = span.from;
    toInput.value = span.to;
    function changed() {
      state.from = fromInput.value || span.from;
      state.to = toInput.value || span.to;
      applyFilters();
    }
    fromInput.addEventListener("input", changed);
    toInput.addEventListener("input", changed);
    fromInput.addEventListener("change", changed);
    toInput.addEventListener("change", changed);
  }

  function resetAll() {
    state.types = new Set(allTypes);
    document.querySelectorAll("#kg-types input").forEach(function (box) { box.checked = true; });
    state.from = fromInput.value = span.from;
    state.to = toInput.value = span.to;
    state.focus = null;
    search.value = "";
    results.hidden = true;
    applyFilters();
    network.fit();
  }

  // --- search ---------------------------------------------------------------------------------
  function matches(query) {
    const folded = fold(query);
    if (!folded) return [];
    return data.nodes
      .filter(function (node) { return node.search.some(function (key) { return key.includes(folded); }); })
      .sort(function (a, b) { return b.activity - a.activity || (a.label < b.label ? -1 : 1); });
  }

  function showResults() {
    const found = matches(search.value);
    results.replaceChildren();
    found.slice(0, SEARCH_RESULTS).forEach(function (node) {
      const button = element("button", null, node.label + " (" + node.actorType + ")");
      button.type = "button";
      button.dataset.node = node.id;
      const other = node.aliases.filter(function (alias) { return fold(alias).includes(fold(search.value)); });
      if (other.length) button.appendChild(element("span", "kg-also", " — " + other.slice(0, 2).join(", ")));
      button.addEventListener("click", function () { choose(node.id); });
      const item = element("li");
      item.appendChild(button);
      results.appendChild(item);
    });
    if (search.value.trim() && !found.length) results.appendChild(element("li", "kg-hint", "No actor has that name."));
    results.hidden = !search.value.trim();
  }

  function choose(nodeId) {
    results.hidden = true;
    search.value = nodes.get(nodeId).label;
    network.selectNodes([nodeId]);
    network.focus(nodeId, { scale: Math.max(network.getScale(), 1), animation: false });
    showNode(nodeId);
  }

  search.addEventListener("input", showResults);
  search.addEventListener("keydown", function (event) {
    if (event.key === "Enter") {
      const first = matches(search.value)[0];
      if (first) choose(first.id);
    } else if (event.key === "Escape") {
      results.hidden = true;
    }
  });

  // --- details --------------------------------------------------------------------------------
  function articleItem(article, withLinks) {
    const item = element("li");
    if (withLinks && article.url) {
      const link = element("a", null, article.title);
      link.href = article.url;
      link.target = "_blank";
      link.rel = "noopener noreferrer";
      item.appendChild(link);
    } else {
      item.appendChild(element("span", null, article.title));
    }
    if (article.source) item.appendChild(element("span", "kg-source", " — " + article.source));
    if (withLinks && article.evidence) item.appendChild(element("blockquote", "kg-evidence", "“" + article.evidence + "”"));
    return item;
  }

  function eventItem(event, withLinks) {
    const item = element("li", "kg-event");
    item.appendChild(element("span", "kg-event-type", event.type));
    item.appendChild(element("span", "kg-event-date", ", " + (event.date || "date unknown")));
    if (event.place) item.appendChild(element("span", "kg-event-place", ", " + event.place));
    if (event.status && event.status !== "happened") item.appendChild(element("span", "kg-event-status", " (" + event.status + ")"));
    if (withLinks && event.roles && event.roles.length) {
      item.appendChild(element("div", "kg-roles", "Roles: " + event.roles.map(function (r) { return r.name + " — " + (r.role || "participant"); }).join("; ")));
    }
    if (event.topics.length) item.appendChild(element("div", "kg-topics", "Topics: " + event.topics.join(", ")));
    if (event.articles.length) {
      const articles = element("ul", "kg-articles");
      event.articles.forEach(function (article) { articles.appendChild(articleItem(article, withLinks)); });
      item.appendChild(articles);
    }
    return item;
  }

  function eventList(events, withLinks, limit) {
    const list = element("ul", "kg-events");
    events.slice(0, limit).forEach(function (event) { list.appendChild(eventItem(event, withLinks)); });
    if (events.length > limit) {
      list.appendChild(element("li", "kg-more", "… " + plural(events.length - limit, "more event") + ": click the line to see all"));
    }
    return list;
  }

  function edgeHeading(edge) {
    return edge.fromName + " — " + edge.toName + ": " + plural(edge.weight, "shared event");
  }

  function edgeTooltip(edge) {
    const box = element("div");
    box.appendChild(element("strong", null, edgeHeading(edge)));
    box.appendChild(eventList(edge.shownEvents, false, TOOLTIP_EVENTS));
    return box;
  }

  function nodeTooltip(node) {
    const box = element("div");
    box.appendChild(element("strong", null, node.label));
    box.appendChild(element("div", null, node.actorType + ", " + plural(node.activity, "event")));
    if (node.aliases.length) box.appendChild(element("div", "kg-hint", "Also: " + node.aliases.slice(0, 4).join(", ")));
    return box;
  }

  function show(heading, ...parts) {
    details.replaceChildren(element("h2", null, heading), ...parts);
  }

  function showEdge(edgeId) {
    const edge = edges.get(edgeId);
    show(edgeHeading(edge), element("p", "kg-hint", edge.label), eventList(edge.shownEvents, true, edge.shownEvents.length));
  }

  function showNode(nodeId) {
    const node = nodes.get(nodeId);
    const links = edges.get({ filter: function (edge) { return !edge.hidden && (edge.from === nodeId || edge.to === nodeId); } });
    links.sort(function (a, b) { return b.weight - a.weight; });
    const list = element("ul", "kg-counterparts");
    links.forEach(function (edge) {
      const button = element("button", null, (edge.from === nodeId ? edge.toName : edge.fromName) + " (" + edge.weight + ")");
      button.type = "button";
      button.addEventListener("click", function () {
        network.selectEdges([edge.id]);
        showEdge(edge.id);
      });
      const item = element("li");
      item.appendChild(button);
      list.appendChild(item);
    });
    const about = element("p", null, node.actorType + ", " + plural(node.activity, "event") + ", " + plural(links.length, "counterpart"));
    const focus = element("button", "kg-focus", state.focus === nodeId ? "Show everyone" : "Focus: only " + node.label + " and counterparts");
    focus.type = "button";
    focus.id = "kg-focus-button";
    focus.addEventListener("click", function () { setFocus(state.focus === nodeId ? null : nodeId); });
    const parts = [about, focus, list];
    if (node.aliases.length) parts.splice(1, 0, element("p", "kg-hint", "Also named: " + node.aliases.join(", ")));
    show(node.label, ...parts);
  }

  function setFocus(nodeId) {
    state.focus = nodeId;
    applyFilters();
    const visible = nodes.get({ filter: function (node) { return !node.hidden; } }).map(function (node) { return node.id; });
    network.fit({ nodes: visible, animation: false });
    if (nodeId) showNode(nodeId);
  }

  // --- the network ----------------------------------------------------------------------------
  const nodes = new vis.DataSet(data.nodes.map(function (node) { return Object.assign({}, node, { title: nodeTooltip(node) }); }));
  const edges = new vis.DataSet(data.edges.map(function (edge) {
    return Object.assign({}, edge, { shownEvents: edge.events, title: edgeTooltip(Object.assign({ shownEvents: edge.events }, edge)) });
  }));
  const options = {
    nodes: {
      font: { size: 14, strokeWidth: 3, strokeColor: "#ffffff" },
      borderWidth: 1,
      scaling: { min: 10, max: 40, label: { enabled: false } },
    },
    edges: {
      color: { color: "#9aa5b1", highlight: "#d55e00", hover: "#d55e00" },
      font: { size: 10, color: "#555555", strokeWidth: 3, strokeColor: "#ffffff" },
      // Labels grow with the number of shared events and hide below 8px on screen: a dense
      // network shows its structure first and names the event types as one zooms in.
      scaling: { min: 1, max: 8, label: { enabled: true, min: 10, max: 13, drawThreshold: 8 } },
      smooth: false,
    },
    layout: { randomSeed: 7 },  // the same data is always laid out the same way
    interaction: { hover: true, tooltipDelay: 150, hideEdgesOnDrag: data.edges.length > 300 },
    physics: {
      solver: "forceAtlas2Based",
      forceAtlas2Based: { gravitationalConstant: -120, springLength: 220, avoidOverlap: 1 },
      stabilization: { iterations: 400, fit: true },
    },
  };
  const network = new vis.Network(container, { nodes: nodes, edges: edges }, options);
  const kgNetwork = { network: network, nodes: nodes, edges: edges, state: state, ready: false, labelOverlaps: labelOverlaps };
  window.kgNetwork = kgNetwork;

  /* Each visible node's box (shape and label) relative to its position, and its position. */
  function layoutBoxes() {
    const ids = nodes.get({ filter: function (node) { return !node.hidden; } }).map(function (node) { return node.id; });
    const positions = network.getPositions(ids);
    return ids.map(function (id) {
      const box = network.getBoundingBox(id);
      const p = positions[id];
      return { id: id, x: p.x, y: p.y, left: box.left - p.x, right: box.right - p.x, top: box.top - p.y, bottom: box.bottom - p.y };
    });
  }

  function overlap(a, b) {
    const x = Math.min(a.x + a.right, b.x + b.right) - Math.max(a.x + a.left, b.x + b.left) + LABEL_MARGIN;
    const y = Math.min(a.y + a.bottom, b.y + b.bottom) - Math.max(a.y + a.top, b.y + b.top) + LABEL_MARGIN;
    return x > 0 && y > 0 ? { x: x, y: y } : null;
  }

  /* Pairs of visible nodes whose labels (with their shapes) overlap: what tests check. */
  function labelOverlaps() {
    const boxes = layoutBoxes();
    const pairs = [];
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        if (overlap(boxes[i], boxes[j])) pairs.push([boxes[i].id, boxes[j].id]);
      }
    }
    return pairs;
  }

  /* Push apart nodes whose labels overlap, along the axis that needs the shorter move,
   * until none do (physics avoids overlapping shapes, not long labels). */
  function separateLabels() {
    const boxes = layoutBoxes();
    if (boxes.length > 500) return;
    for (let round = 0; round < 500; round++) {
      let moved = false;
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) {
          const a = boxes[i], b = boxes[j];
          const o = overlap(a, b);
          if (!o) continue;
          moved = true;
          if (o.y <= o.x) {
            const shift = o.y / 2 + 2, down = b.y >= a.y ? 1 : -1;
            a.y -= down * shift; b.y += down * shift;
          } else {
            const shift = o.x / 2 + 2, right = b.x >= a.x ? 1 : -1;
            a.x -= right * shift; b.x += right * shift;
          }
        }
      }
      if (!moved) break;
    }
    boxes.forEach(function (box) { network.moveNode(box.id, box.x, box.y); });
    network.redraw();
  }

  function settle() {
    network.setOptions({ physics: false });
    for (let pass = 0; pass < 5 && labelOverlaps().length; pass++) separateLabels();
    network.fit({ animation: false });
    kgNetwork.ready = true;
  }

  buildTypeFilter();
  buildDateFilter();
  document.getElementById("kg-reset").addEventListener("click", resetAll);
  if (data.nodes.length === 0) {
    container.classList.add("kg-empty");
    container.replaceChildren(element("p", null, "No actors match: no events with these filters."));
    kgNetwork.ready = true;
  } else {
    network.once("stabilizationIterationsDone", settle);
  }
  network.on("click", function (params) {
    results.hidden = true;
    if (params.nodes.length) showNode(params.nodes[0]);
    else if (params.edges.length) showEdge(params.edges[0]);
  });
})();
