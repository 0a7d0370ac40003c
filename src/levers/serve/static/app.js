// The levers page: search, entity, document and graph views over /api/v1.
//
// Everything that comes from the store (names, titles, document text, evidence)
// reaches the page as text: through el() below, which makes DOM nodes and text
// nodes, never through innerHTML. The server's Content-Security-Policy forbids
// inline script as a second fence.
"use strict";

const API = "/api/v1";
const CERTAINTIES = ["asserted", "reported", "hedged", "speculative", "negated"];
const CERTAINTY_HELP = {
  asserted: "the author states it",
  reported: "a source says so",
  hedged: "weakened: may, reportedly, is believed to",
  speculative: "the author's guess",
  negated: "the text says it is not so",
};
const TYPE_COLOURS = {
  person: "#2f6f9f", company: "#2e7d4f", organization: "#8a5a00",
  public_body: "#9c2f6b", country: "#5b4a9e", product: "#5f6b73",
};
const EDGE_COLOURS = {
  asserted: "#4a5560", reported: "#2f6f9f", hedged: "#b7791f", speculative: "#7b55b5", negated: "#d0312d",
};

// --- DOM helpers -------------------------------------------------------------

/** An element with attributes and children; strings become text nodes, never HTML. */
function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith("on")) {
      if (typeof value === "function") node.addEventListener(name.slice(2), value);
      continue; // never an inline handler attribute
    }
    if (name === "class") node.className = value;
    else node.setAttribute(name, value === true ? "" : String(value));
  }
  append(node, children);
  return node;
}

function append(node, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

function show(...children) {
  if (window.leversGraph) { // a graph left behind: free its listeners and canvases
    window.leversGraph.destroy();
    window.leversGraph = null;
  }
  const view = document.getElementById("view");
  view.replaceChildren();
  append(view, children);
  window.scrollTo(0, 0);
}

function badge(text, kind) {
  return el("span", { class: `badge ${kind || ""}`.trim() }, text);
}

function typeBadge(type) {
  return el("span", { class: `badge type t-${type}` }, type.replace("_", " "));
}

function certaintyBadge(certainty) {
  return el("span", { class: `badge certainty c-${certainty}`, title: CERTAINTY_HELP[certainty] || "" }, certainty);
}

function label(claimType) {
  return claimType.replace(/_/g, " ");
}

function entityHref(id) { return `#/entity/${id}`; }
function graphHref(id) { return `#/graph/${id}`; }
function documentHref(docId, spans) {
  const hl = (spans || []).map(([s, e]) => `${s}-${e}`).join(",");
  return `#/document/${encodeURIComponent(docId)}` + (hl ? `?hl=${hl}` : "");
}

async function getJSON(path) {
  const response = await fetch(API + path, { headers: { Accept: "application/json" } });
  if (!response.ok) {
    let detail = response.statusText;
    try { detail = (await response.json()).detail || detail; } catch (_) { /* not JSON */ }
    throw new Error(`${response.status}: ${detail}`);
  }
  return response.json();
}

function problem(error) {
  return el("p", { class: "problem" }, String(error.message || error));
}

// --- routing -----------------------------------------------------------------

function route() {
  const hash = location.hash.replace(/^#/, "") || "/";
  const [path, query] = hash.split("?");
  const params = new URLSearchParams(query || "");
  const parts = path.split("/").filter(Boolean);
  document.body.dataset.view = parts[0] || "home";
  if (parts[0] === "entity" && parts[1]) return entityView(Number(parts[1]));
  if (parts[0] === "graph" && parts[1]) return graphView(Number(parts[1]));
  if (parts[0] === "document" && parts[1]) return documentView(decodeURIComponent(parts.slice(1).join("/")), params.get("hl"));
  if (parts[0] === "documents") return documentsView(Number(params.get("offset") || 0));
  if (parts[0] === "search") return searchView(params.get("q") || "");
  return homeView();
}

function guarded(view) {
  return async (...args) => {
    try { await view(...args); } catch (error) { show(problem(error)); }
    document.body.dataset.ready = location.hash || "#/";
  };
}

// --- views -------------------------------------------------------------------

const homeView = guarded(async () => {
  const health = await getJSON("/health");
  const docs = await getJSON("/documents?limit=12");
  const c = health.counts;
  show(
    el("section", { class: "intro" },
      el("h1", {}, "Who can pull the levers?"),
      el("p", {}, `The store holds ${c.documents} documents, ${c.nodes} entities and ${c.claims} claims. `,
        "Search an entity above to see who owns, controls or leads it, on what evidence and how certain the text is.")),
    el("h2", {}, "Recent documents"),
    documentList(docs.items),
  );
});

const searchView = guarded(async (q) => {
  document.getElementById("q").value = q;
  if (!q.trim()) return homeView();
  const found = await getJSON(`/search?q=${encodeURIComponent(q)}&limit=30`);
  const items = found.results.map((hit) =>
    el("li", { class: "result" },
      el("a", { href: entityHref(hit.id), class: "name" }, hit.name), " ", typeBadge(hit.type),
      hit.match === "fuzzy" ? badge(`did you mean? (${Math.round(hit.score)})`, "fuzzy") : null,
      el("div", { class: "meta" },
        `${hit.documents} document${hit.documents === 1 ? "" : "s"}`,
        hit.aliases.length ? ` · also: ${hit.aliases.slice(0, 6).join(", ")}` : "")));
  show(
    el("h1", {}, "Search: ", el("q", {}, q)),
    items.length ? el("ol", { class: "results" }, items) : el("p", { class: "empty" }, "No entity matches."),
  );
});

const entityView = guarded(async (id) => {
  const entity = await getJSON(`/entities/${id}`);
  document.title = `${entity.name} · levers`;
  const sections = Object.entries(entity.claims_by_type).map(([type, claims]) => claimSection(type, claims));
  show(
    el("section", { class: "entity-head" },
      el("h1", {}, entity.name, " ", typeBadge(entity.type)),
      entity.aliases.length ? el("p", { class: "aliases" }, "Also known as: ", entity.aliases.join(", ")) : null,
      entity.ref ? el("p", { class: "ref" }, "Reference: ", entity.ref) : null,
      el("p", { class: "actions" },
        el("a", { class: "button", href: graphHref(entity.id), id: "open-graph" }, "Graph of links"),
        el("a", { class: "button", href: `${API}/entities/${entity.id}/export`, download: "", id: "export-ftm" }, "Export (FtM)"),
        ` ${entity.claim_count} claim${entity.claim_count === 1 ? "" : "s"} in ${entity.documents.length} document${entity.documents.length === 1 ? "" : "s"}`),
      legend()),
    exposurePanel(entity),
    await timelinePanel(entity),
    sections.length ? sections : el("p", { class: "empty" }, "No claims about this entity yet."),
    el("h2", {}, "Mentioned in"),
    documentList(entity.documents),
  );
});

// --- exposure to a state (/explain) and timeline panels ---------------------------

function exposurePanel(entity) {
  const input = el("input", {
    id: "exposure-state", name: "state", type: "text", autocomplete: "off", spellcheck: "false", list: "exposure-states",
    placeholder: "every state reached", "aria-label": "A state: country name, adjective or code",
  });
  const states = el("datalist", { id: "exposure-states" });
  const body = el("div", { class: "exposure-body", id: "exposure-body" }, el("p", { class: "empty" }, "Looking for paths to a state…"));
  const load = async () => {
    const state = input.value.trim();
    const query = `/explain?company=${entity.id}` + (state ? `&state=${encodeURIComponent(state)}` : "");
    body.dataset.loading = "true";
    try {
      const answer = await getJSON(query);
      if (!state) states.replaceChildren(...answer.states.map((s) => el("option", { value: s.name })));
      body.replaceChildren(...explanation(answer));
    } catch (error) {
      body.replaceChildren(problem(error));
    }
    delete body.dataset.loading;
  };
  const form = el("form", { class: "exposure-form", id: "exposure-form", onsubmit: (event) => { event.preventDefault(); load(); } },
    el("label", { for: "exposure-state" }, "State: "), input, states, " ",
    el("button", { type: "submit", class: "button" }, "Explain"), " ",
    el("span", { class: "help" }, "a country name, adjective or code; leave empty for every state reached"));
  load();
  return el("section", { class: "panel exposure", id: "exposure" },
    el("h2", {}, "Exposure to a state"), form, body);
}

const LEVER_HELP = {
  ownership: "the state or its bodies own shares",
  control: "the state or its bodies control it",
  people: "its people belong to, serve or lead state bodies",
  acquisition: "the state or its bodies bought into it",
  regulation: "a state body acts on it as regulator",
  money: "state money invested or lent",
  cooperation: "it pledged or agreed to cooperate",
  jurisdiction: "it is based where the state rules",
};

function explanation(answer) {
  const out = [el("p", { class: "conclusion" }, answer.conclusion)];
  for (const state of answer.states) {
    const byLever = new Map();
    for (const path of state.paths) {
      if (!byLever.has(path.lever)) byLever.set(path.lever, []);
      byLever.get(path.lever).push(path);
    }
    out.push(el("div", { class: "state", "data-state": state.code },
      el("h3", {}, state.name, el("span", { class: "count" }, ` exposure score ${state.score.toFixed(2)}`)),
      [...byLever].map(([lever, paths]) =>
        el("div", { class: "lever", "data-lever": lever },
          el("h4", {}, lever, " ", el("span", { class: "help" }, LEVER_HELP[lever] || "")),
          el("ol", { class: "paths" }, paths.map(pathItem))))));
  }
  if (answer.counter_evidence.length) {
    out.push(el("div", { class: "counter" }, el("h3", {}, "Counter-evidence"),
      el("p", { class: "help" }, "Paths broken by a link the text denies: they are not levers."),
      el("ol", { class: "paths" }, answer.counter_evidence.map(pathItem))));
  }
  if (answer.contradictions.length) {
    out.push(el("div", { class: "contradictions" }, el("h3", {}, "Contradictions"),
      el("p", { class: "help" }, "Links that some statements make and others deny."),
      el("ol", { class: "links" }, answer.contradictions.map(linkItem))));
  }
  if (answer.missing.length) {
    out.push(el("div", { class: "missing" }, el("h3", {}, "What is missing"),
      el("ul", {}, answer.missing.map((note) => el("li", {}, note)))));
  }
  return out;
}

function pathItem(path) {
  return el("li", { class: `path${path.broken ? " broken" : ""}` },
    el("div", { class: "path-head" },
      "reaches ", path.organ.node_id ? el("a", { href: entityHref(path.organ.node_id) }, path.organ.name) : path.organ.name,
      ` (${path.organ.role}, ${path.state_name})`,
      el("span", { class: "meta" }, ` · weakest link: ${path.weakest} · score ${path.score.toFixed(2)}`,
        path.effective_share !== null && path.effective_share !== undefined ? ` · effective share ${path.effective_share}%` : "")),
    el("ol", { class: "links" }, path.links.map(linkItem)));
}

function linkItem(link) {
  const reference = link.kind === "reference";
  const quals = Object.entries(link.qualifiers || {}).map(([k, v]) => badge(`${k}: ${v}`, "qualifier"));
  return el("li", { class: `link c-${link.certainty}`, "data-kind": link.kind },
    el("div", { class: "link-line" },
      reference ? badge("reference data", "certainty c-reference") : certaintyBadge(link.certainty), " ",
      el("span", { class: "sentence" }, link.sentence), " ", quals,
      reference ? el("div", { class: "source" }, link.label) : null),
    link.statements.map((s) => statementItem(s)),
    link.denials.length ? el("div", { class: "denials" }, el("span", { class: "help" }, "Denied by:"),
      link.denials.map((s) => statementItem(s))) : null);
}

function statementItem(statement) {
  return el("div", { class: `cite c-${statement.certainty}` },
    el("div", { class: "source" }, el("span", { class: `badge certainty c-${statement.certainty}` }, statement.label)),
    el("blockquote", {}, statement.evidence),
    el("a", { class: "evidence-link", href: documentHref(statement.document_id, statement.spans) },
      "Read in context: ", statement.document_title || statement.document_id, statement.published ? `, ${statement.published}` : ""));
}

async function timelinePanel(entity) {
  let events;
  try {
    events = await getJSON(`/entities/${entity.id}/timeline`);
  } catch (error) {
    return el("section", { class: "panel timeline", id: "timeline" }, el("h2", {}, "Timeline"), problem(error));
  }
  const items = events.map((event) => {
    const when = event.date || "undated";
    const dating = event.dated_by === "published" ? " (publication date)" : "";
    return el("li", { class: `event c-${event.certainty}`, "data-date": event.date || "" },
      el("span", { class: `date${event.date ? "" : " undated"}` }, when, el("span", { class: "meta" }, dating)),
      el("div", { class: "event-body" },
        el("span", { class: "sentence" }, event.sentence), " ", certaintyBadge(event.certainty), " ",
        el("span", { class: "source" }, event.label),
        event.citations.map((c) => el("div", {},
          el("a", { class: "evidence-link", href: documentHref(c.document_id, c.spans), title: c.evidence },
            "Evidence: ", c.document_title || c.document_id, c.published ? `, ${c.published}` : "")))));
  });
  return el("section", { class: "panel timeline", id: "timeline" },
    el("h2", {}, "Timeline", el("span", { class: "count" }, ` ${events.length}`)),
    items.length ? el("ol", { class: "events" }, items) : el("p", { class: "empty" }, "No events about this entity yet."));
}

function legend() {
  return el("p", { class: "legend" }, "Certainty: ",
    CERTAINTIES.map((c) => [certaintyBadge(c), " "]));
}

function claimSection(type, claims) {
  const byCertainty = new Map();
  for (const claim of claims) {
    if (!byCertainty.has(claim.certainty)) byCertainty.set(claim.certainty, []);
    byCertainty.get(claim.certainty).push(claim);
  }
  const groups = CERTAINTIES.filter((c) => byCertainty.has(c)).map((certainty) =>
    el("div", { class: `certainty-group c-${certainty}` },
      el("h3", {}, certaintyBadge(certainty), " ", el("span", { class: "help" }, CERTAINTY_HELP[certainty])),
      el("ul", { class: "claims" }, byCertainty.get(certainty).map(claimItem))));
  return el("section", { class: "claim-type", "data-type": type },
    el("h2", {}, label(type), el("span", { class: "count" }, ` ${claims.length}`)), groups);
}

function claimItem(claim) {
  const other = claim.other
    ? el("a", { href: entityHref(claim.other.id), class: "other" }, claim.other.name)
    : el("span", { class: "other" }, "(unknown)");
  const arrow = claim.direction === "out" ? `${label(claim.type)} →` : `← ${label(claim.type)}`;
  const quals = Object.entries(claim.qualifiers).map(([k, v]) => badge(`${k}: ${v}`, "qualifier"));
  const source = claim.source
    ? el("span", { class: "source" }, "source: ",
        claim.source_id ? el("a", { href: entityHref(claim.source_id) }, claim.source) : claim.source,
        claim.cue ? ` (“${claim.cue}”)` : "")
    : el("span", { class: "source author" }, "stated by the author");
  return el("li", { class: `claim c-${claim.certainty}` },
    el("div", { class: "claim-line" }, el("span", { class: "arrow" }, arrow), " ", other, " ", claim.other ? typeBadge(claim.other.type) : null, " ", quals, " ", source),
    claim.citations.map((c) =>
      el("div", { class: "cite" },
        el("blockquote", {}, c.evidence),
        el("a", { class: "evidence-link", href: documentHref(c.document_id, c.spans) },
          "Read in context: ", c.document_title || c.document_id, c.published ? `, ${c.published}` : ""))));
}

function documentList(docs) {
  if (!docs.length) return el("p", { class: "empty" }, "No documents.");
  return el("ul", { class: "documents" }, docs.map((d) =>
    el("li", {}, el("a", { href: documentHref(d.id) }, d.title || d.id),
      el("span", { class: "meta" }, ` ${d.published || "undated"} · ${d.id}`))));
}

const documentsView = guarded(async (offset) => {
  const page = await getJSON(`/documents?limit=50&offset=${offset}`);
  const nav = el("p", { class: "pager" },
    offset > 0 ? el("a", { href: `#/documents?offset=${Math.max(0, offset - 50)}` }, "← newer") : null, " ",
    offset + 50 < page.total ? el("a", { href: `#/documents?offset=${offset + 50}` }, "older →") : null);
  show(el("h1", {}, `Documents (${page.total})`), documentList(page.items), nav);
});

// --- document view -----------------------------------------------------------

function parseSpans(hl) {
  if (!hl) return [];
  return hl.split(",").map((part) => part.split("-").map(Number))
    .filter(([s, e]) => Number.isInteger(s) && Number.isInteger(e) && e > s);
}

const documentView = guarded(async (docId, hl) => {
  const doc = await getJSON(`/documents/${encodeURIComponent(docId)}`);
  document.title = `${doc.title || doc.id} · levers`;
  const focus = parseSpans(hl);
  const names = Object.fromEntries(doc.entities.map((e) => [e.id, e]));
  const text = el("div", { class: "doc-text", id: "doc-text" }, highlighted(doc, focus));
  const claimList = el("ol", { class: "doc-claims" }, doc.claims.map((c) => {
    const subject = names[c.subject], object = names[c.object];
    const spans = c.evidence;
    const active = focus.length && spans.some(([s, e]) => focus.some(([fs, fe]) => fs === s && fe === e));
    return el("li", { class: `c-${c.certainty}${active ? " active" : ""}` },
      el("a", { href: documentHref(doc.id, spans) },
        subject ? subject.name : c.subject, " ", el("b", {}, label(c.type)), " ", object ? object.name : c.object),
      " ", certaintyBadge(c.certainty),
      c.source ? el("span", { class: "source" }, ` source: ${c.source}`) : null);
  }));
  const url = /^https?:\/\//i.test(doc.url || "") ? el("a", { href: doc.url, rel: "noopener noreferrer" }, doc.url) : doc.url;
  show(
    el("h1", {}, doc.title || doc.id),
    el("p", { class: "meta" }, doc.published || "undated", " · ", doc.id, url ? [" · ", url] : null, ` · ${doc.chars} characters`),
    el("p", { class: "legend" },
      el("mark", { class: "evidence" }, "evidence of a claim"), " ",
      el("mark", { class: "evidence focus" }, "the evidence you followed"), " ",
      el("span", { class: "mention" }, "a mention"), " (click it for the entity)"),
    el("div", { class: "doc-layout" }, text,
      el("aside", {}, el("h2", {}, `Claims (${doc.claims.length})`), claimList)),
  );
  const first = document.querySelector("mark.focus");
  if (first) first.scrollIntoView({ block: "center" });
});

/** The document text as DOM nodes: mentions and evidence wrapped, from stored offsets. */
function highlighted(doc, focus) {
  const text = doc.text;
  const marks = [];
  for (const entity of doc.entities) {
    for (const [start, end] of entity.mentions) marks.push({ start, end, kind: "mention", entity });
  }
  for (const claim of doc.claims) {
    for (const [start, end] of claim.evidence) marks.push({ start, end, kind: "evidence", claim });
  }
  for (const [start, end] of focus) marks.push({ start, end, kind: "focus" });
  const cuts = new Set([0, text.length]);
  for (const m of marks) {
    m.start = Math.max(0, Math.min(text.length, m.start));
    m.end = Math.max(m.start, Math.min(text.length, m.end));
    cuts.add(m.start); cuts.add(m.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [a, b] = [points[i], points[i + 1]];
    if (a === b) continue;
    const over = marks.filter((m) => m.start <= a && m.end >= b && m.end > m.start);
    let node = document.createTextNode(text.slice(a, b));
    const mention = over.find((m) => m.kind === "mention");
    if (mention) {
      const e = mention.entity;
      node = e.node_id
        ? el("a", { class: `mention t-${e.type}`, href: entityHref(e.node_id), title: `${e.name} (${e.type})` }, node)
        : el("span", { class: `mention t-${e.type}`, title: e.name }, node);
    }
    const evidence = over.filter((m) => m.kind === "evidence");
    const focused = over.some((m) => m.kind === "focus");
    if (evidence.length || focused) {
      const title = evidence.map((m) => `${label(m.claim.type)} (${m.claim.certainty})`).join("; ");
      node = el("mark", { class: `evidence${focused ? " focus" : ""}`, title }, node);
    }
    out.push(node);
  }
  return out;
}

// --- graph view --------------------------------------------------------------

let cytoscapeLoading = null;

function loadCytoscape() {
  if (window.cytoscape) return Promise.resolve(window.cytoscape);
  if (!cytoscapeLoading) {
    cytoscapeLoading = new Promise((resolve, reject) => {
      const script = el("script", { src: "/vendor/cytoscape.min.js" });
      script.addEventListener("load", () => resolve(window.cytoscape));
      script.addEventListener("error", () => {
        cytoscapeLoading = null;
        reject(new Error("The graph library is not installed on the server (run `make install`)."));
      });
      document.head.append(script);
    });
  }
  return cytoscapeLoading;
}

const graphView = guarded(async (id) => {
  const [graph, cytoscape] = await Promise.all([getJSON(`/entities/${id}/graph?limit=40`), loadCytoscape()]);
  const center = graph.nodes.find((n) => n.center);
  document.title = `${center ? center.name : id}: graph · levers`;
  const info = el("div", { class: "edge-info", id: "edge-info" }, "Click a node to centre the graph on it, or a link to see what it is.");
  const box = el("div", { id: "graph", class: "graph" });
  show(
    el("h1", {}, "Links of ", center ? el("a", { href: entityHref(id) }, center.name) : String(id)),
    el("p", { class: "legend" },
      el("span", { class: "line solid" }), " asserted ",
      el("span", { class: "line solid reported" }), " reported ",
      el("span", { class: "line dashed" }), " hedged ",
      el("span", { class: "line dashed speculative" }), " speculative ",
      el("span", { class: "line negated" }), " negated",
      graph.truncated ? el("span", { class: "meta" }, " · showing the 40 closest neighbours") : null),
    el("p", { class: "legend" }, Object.keys(TYPE_COLOURS).map((t) => [el("span", { class: `dot t-${t}` }), ` ${t.replace("_", " ")} `])),
    box, info,
  );
  const cy = cytoscape({
    container: box,
    elements: graphElements(graph),
    style: graphStyle(),
    layout: {
      name: "concentric", animate: false, padding: 40, minNodeSpacing: 70, startAngle: Math.PI / 2,
      concentric: (node) => (node.hasClass("center") ? 2 : 1), levelWidth: () => 1,
    },
    minZoom: 0.2,
    maxZoom: 1.6,
  });
  cy.on("tap", "node", (event) => {
    const nodeId = Number(event.target.id().slice(1));
    if (nodeId !== id) location.hash = graphHref(nodeId);
  });
  cy.on("tap", "edge", (event) => {
    const d = event.target.data();
    info.replaceChildren();
    append(info, [
      el("a", { href: entityHref(d.subject) }, d.subjectName), " ", el("b", {}, label(d.type)), " ",
      el("a", { href: entityHref(d.object) }, d.objectName), " ", certaintyBadge(d.certainty),
      d.count > 1 ? ` in ${d.count} statements` : "", " · ",
      el("a", { href: entityHref(d.subject) }, "see the evidence"),
    ]);
  });
  window.leversGraph = cy; // for tests and the console
});

function graphElements(graph) {
  const names = Object.fromEntries(graph.nodes.map((n) => [n.id, n.name]));
  const nodes = graph.nodes.map((n) => ({
    data: { id: `n${n.id}`, label: n.name, type: n.type, colour: TYPE_COLOURS[n.type] || "#666" },
    classes: n.center ? "center" : "",
  }));
  const edges = graph.edges.map((e, i) => ({
    data: {
      id: `e${i}`, source: `n${e.subject}`, target: `n${e.object}`, subject: e.subject, object: e.object,
      subjectName: names[e.subject], objectName: names[e.object], type: e.type, certainty: e.certainty,
      count: e.count, label: label(e.type) + (e.count > 1 ? ` ×${e.count}` : ""),
    },
    classes: `c-${e.certainty}`,
  }));
  return [...nodes, ...edges];
}

function graphStyle() {
  return [
    { selector: "node", style: {
      "background-color": "data(colour)", label: "data(label)", color: "#1d232a", "font-size": 11,
      "text-valign": "bottom", "text-margin-y": 4, width: 22, height: 22,
      "text-background-color": "#ffffff", "text-background-opacity": 0.8, "text-background-padding": 2 } },
    { selector: "node.center", style: { width: 36, height: 36, "font-weight": "bold", "font-size": 13, "border-width": 3, "border-color": "#1d232a" } },
    { selector: "edge", style: {
      width: 2, "curve-style": "bezier", "target-arrow-shape": "triangle", label: "data(label)", "font-size": 9,
      color: "#333", "text-rotation": "autorotate", "text-background-color": "#ffffff", "text-background-opacity": 0.85,
      "line-color": EDGE_COLOURS.asserted, "target-arrow-color": EDGE_COLOURS.asserted } },
    ...["reported", "hedged", "speculative", "negated"].map((c) => ({
      selector: `edge.c-${c}`, style: { "line-color": EDGE_COLOURS[c], "target-arrow-color": EDGE_COLOURS[c] } })),
    { selector: "edge.c-hedged, edge.c-speculative", style: { "line-style": "dashed", "line-dash-pattern": [6, 4] } },
    { selector: "edge.c-negated", style: { "target-arrow-shape": "tee", width: 2.5 } },
  ];
}

// --- start -------------------------------------------------------------------

document.getElementById("search-form").addEventListener("submit", (event) => {
  event.preventDefault();
  const q = document.getElementById("q").value.trim();
  location.hash = q ? `#/search?q=${encodeURIComponent(q)}` : "#/";
});
window.addEventListener("hashchange", route);
route();
