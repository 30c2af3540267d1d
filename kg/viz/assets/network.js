/* The actor-network page: draws the embedded data with vis-network and explains what is hovered or clicked.
 *
 * Every text from the data goes in through textContent, never innerHTML: article titles
 * come from the web. `window.kgNetwork` exposes the network and its data sets to tests. */
(function () {
  "use strict";

  const TOOLTIP_EVENTS = 4;
  const data = JSON.parse(document.getElementById("kg-data").textContent);
  const container = document.getElementById("kg-network");
  const details = document.getElementById("kg-details");

  function element(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = text;
    return node;
  }

  function plural(count, word) {
    return count + " " + word + (count === 1 ? "" : "s");
  }

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
    return item;
  }

  function eventItem(event, withLinks) {
    const item = element("li", "kg-event");
    item.appendChild(element("span", "kg-event-type", event.type));
    item.appendChild(element("span", "kg-event-date", ", " + (event.date || "date unknown")));
    if (event.place) item.appendChild(element("span", "kg-event-place", ", " + event.place));
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
    box.appendChild(eventList(edge.events, false, TOOLTIP_EVENTS));
    return box;
  }

  function nodeTooltip(node) {
    const box = element("div");
    box.appendChild(element("strong", null, node.label));
    box.appendChild(element("div", null, node.actorType + ", " + plural(node.activity, "event")));
    return box;
  }

  function show(heading, ...parts) {
    details.replaceChildren(element("h2", null, heading), ...parts);
  }

  function showEdge(edgeId) {
    const edge = edges.get(edgeId);
    show(edgeHeading(edge), element("p", "kg-hint", edge.label), eventList(edge.events, true, edge.events.length));
  }

  function showNode(nodeId) {
    const node = nodes.get(nodeId);
    const links = edges.get({ filter: function (edge) { return edge.from === nodeId || edge.to === nodeId; } });
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
    show(node.label, about, list);
  }

  const nodes = new vis.DataSet(data.nodes.map(function (node) { return Object.assign({}, node, { title: nodeTooltip(node) }); }));
  const edges = new vis.DataSet(data.edges.map(function (edge) { return Object.assign({}, edge, { title: edgeTooltip(edge) }); }));
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
      forceAtlas2Based: { gravitationalConstant: -90, springLength: 200, avoidOverlap: 0.4 },
      stabilization: { iterations: 400, fit: true },
    },
  };
  const network = new vis.Network(container, { nodes: nodes, edges: edges }, options);
  const kgNetwork = { network: network, nodes: nodes, edges: edges, ready: false };
  window.kgNetwork = kgNetwork;

  function settle() {
    network.setOptions({ physics: false });
    kgNetwork.ready = true;
  }

  if (data.nodes.length === 0) {
    container.classList.add("kg-empty");
    container.replaceChildren(element("p", null, "No actors match: no events with these filters."));
    kgNetwork.ready = true;
  } else {
    network.once("stabilizationIterationsDone", settle);
  }
  network.on("click", function (params) {
    if (params.nodes.length) showNode(params.nodes[0]);
    else if (params.edges.length) showEdge(params.edges[0]);
  });
})();
