/* The page: reads the map's data, fills the words, and ties the map, the card, the search and
   the walk-through together. */

const data = JSON.parse(document.getElementById("map-data").textContent);
const words = data.words;
const svg = document.getElementById("map");
const marks = svg.querySelector("#marks");
const card = document.getElementById("card");
const cardContent = document.getElementById("card-content");
const view = makeView(svg);
const byId = (id) => svg.querySelector(`[data-node="${id}"]`);
let focusRing = null;
let openRings = [];
let openedFrom = null;
let openId = null;   // the node whose card is open: a walk-through starts there, as F5 at the selection
/* Where the printed card of a node is; the colon keeps it apart from the page's own ids. */
const cardLink = (id) => "#node:" + id;

document.title = data.title;
document.getElementById("title").textContent = data.title;
document.getElementById("goal").textContent = data.goal;
svg.setAttribute("role", "group");
svg.setAttribute("aria-label", `${words["web-map"]}: ${data.title}`);
for (const g of svg.querySelectorAll("[data-node]")) g.setAttribute("aria-label", data.nodes[g.dataset.node].title);

function clearRings(kinds) {
  for (const r of marks.querySelectorAll(kinds)) r.remove();
}

function openCard(id, opts) {
  const node = data.nodes[id];
  const taken = opts.step ? opts.taken : -1;
  openId = id;
  cardContent.replaceChildren();
  if (opts.step) cardContent.appendChild(el("p", "step", fill(words["web-step"], { n: opts.step })));
  const body = el("div");
  cardContent.appendChild(body);
  const heading = renderCard(body, node, data, { heading: "h2", id: "card-title", href: cardLink,
                                                 taken });
  card.hidden = false;
  clearRings(".ring.open, .ring.way");
  ring(marks, node.box, "open", 10);
  if (taken >= 0 && node.ways[taken]) ring(marks, data.nodes[node.ways[taken].to].box, "way", 10);
  if (opts.step) view.show(node.box, 0.3, card.getBoundingClientRect().width + 16);
  else view.reveal(node.box);
  if (opts.focus) heading.focus({ preventScroll: true });
  if (opts.from) openedFrom = opts.from;
}

function closeCard() {
  card.hidden = true;
  openId = null;
  clearRings(".ring.open, .ring.way");
  if (openedFrom && document.contains(openedFrom)) openedFrom.focus();
  openedFrom = null;
}

cardContent.addEventListener("click", (e) => {
  const link = e.target.closest("a[data-to]");
  if (!link) return;
  e.preventDefault();
  if (walk.active()) return;
  openCard(link.dataset.to, { focus: true, from: byId(link.dataset.to) });
});
document.getElementById("card-close").addEventListener("click", () => (walk.active() ? walk.stop() : closeCard()));

view.onClick = (g) => {
  if (!g || walk.active()) return;
  openCard(g.dataset.node, { focus: false, from: g });
  g.focus({ preventScroll: true });
};
// Focus on a node must not scroll the map's frame: the map moves only by pan and zoom.
const frame = document.getElementById("viewport");
frame.addEventListener("scroll", () => { frame.scrollTop = 0; frame.scrollLeft = 0; });
svg.addEventListener("focusin", (e) => {
  const g = e.target.closest("[data-node]");
  if (!g) return;
  if (focusRing) focusRing.remove();
  focusRing = ring(marks, data.nodes[g.dataset.node].box, "focus", 6);
  view.reveal(data.nodes[g.dataset.node].box);
});
svg.addEventListener("focusout", () => {
  if (focusRing) focusRing.remove();
  focusRing = null;
});
svg.addEventListener("keydown", (e) => {
  const g = e.target.closest("[data-node]");
  if (g && (e.key === "Enter" || e.key === " ")) {
    e.preventDefault();
    if (!walk.active()) openCard(g.dataset.node, { focus: true, from: g });
  }
});
document.addEventListener("keydown", (e) => {
  if (e.target.matches("input") || e.ctrlKey || e.metaKey || e.altKey) return;
  if (e.key === "Escape" && !card.hidden && !walk.active()) closeCard();
  else if (e.key === "+" || e.key === "=") view.zoomIn();
  else if (e.key === "-") view.zoomOut();
  else if (e.key === "0") view.fit();
});

const walkButton = document.getElementById("walk");
const walkKeys = document.getElementById("walk-keys");
const walk = makeWalk(data, (node, step, taken) => openCard(node.id, { step, taken, focus: true }), () => {
  walkButton.setAttribute("aria-pressed", "false");
  walkKeys.hidden = true;
  document.body.classList.remove("walking");
  closeCard();
  walkButton.focus();
});
walkButton.addEventListener("click", () => {
  if (walk.active()) { walk.stop(); return; }
  walkButton.setAttribute("aria-pressed", "true");
  walkKeys.hidden = false;
  document.body.classList.add("walking");
  walk.start(openId);
});

document.getElementById("zoom-in").addEventListener("click", view.zoomIn);
document.getElementById("zoom-out").addEventListener("click", view.zoomOut);
document.getElementById("fit").addEventListener("click", view.fit);
document.getElementById("print").addEventListener("click", () => window.print());
makeSearch(document.getElementById("search"), document.getElementById("found"), data, svg, marks, (id) => {
  if (!walk.active()) openCard(id, { focus: false, from: byId(id) });
  view.show(data.nodes[id].box, 0, card.hidden ? 0 : card.getBoundingClientRect().width + 16);
});

fillLegend();
fillFigures();
fillParkingLot();
// Once the map is painted (a task after the next frame): a mark for bench/web_page.py, then the cards.
requestAnimationFrame(() => setTimeout(() => {
  performance.mark("map-shown");
  fillAllCards();
}, 0));

function fillLegend() {
  const list = document.getElementById("legend-list");
  for (const [name, color] of data.legend.lanes) {
    const li = el("li", "lane");
    const swatch = el("span", "swatch");
    swatch.style.backgroundColor = color;
    li.append(swatch, el("span", null, name));
    list.appendChild(li);
  }
  for (const [name, color, dashed] of data.legend.links) {
    const li = el("li", "link");
    const sample = document.createElementNS(SVG_NS, "svg");
    sample.setAttribute("width", "28");
    sample.setAttribute("height", "10");
    sample.setAttribute("aria-hidden", "true");
    const line = document.createElementNS(SVG_NS, "line");
    for (const [k, v] of [["x1", 1], ["y1", 5], ["x2", 27], ["y2", 5], ["stroke", color], ["stroke-width", 2.5]]) {
      line.setAttribute(k, v);
    }
    if (dashed) line.setAttribute("stroke-dasharray", "5 3");
    sample.appendChild(line);
    li.append(sample, el("span", null, name));
    list.appendChild(li);
  }
}

function fillFigures() {
  if (!data.kpis.length && !data.funnel) return;
  document.getElementById("figures").hidden = false;
  const kpis = document.getElementById("kpi-list");
  for (const [name, target] of data.kpis) {
    const li = el("li");
    li.appendChild(el("strong", null, name));
    if (target) li.appendChild(el("span", null, ": " + target));
    kpis.appendChild(li);
  }
  const funnel = data.funnel;
  for (const id of ["funnel-title", "funnel-lines"]) document.getElementById(id).hidden = !funnel;
  for (const id of ["bars-title", "funnel-bars"]) document.getElementById(id).hidden = !funnel || !funnel.bars.length;
  if (!funnel) return;
  const lines = document.getElementById("funnel-lines");
  for (const line of funnel.lines) lines.appendChild(el("li", null, line));
  document.getElementById("bars-title").textContent = funnel.title;
  const bars = document.getElementById("funnel-bars");
  for (const [id, volume, share] of funnel.bars) {
    const li = el("li");
    const link = el("a", "bar-name", data.nodes[id].name);
    link.href = cardLink(id);
    link.dataset.to = id;
    const bar = el("span", "bar");
    bar.style.width = Math.max(0.5, Math.min(100, share * 100)) + "%";
    li.append(link, el("span", "bar-track"), el("span", "bar-value", volume));
    li.children[1].appendChild(bar);
    bars.appendChild(li);
  }
  bars.addEventListener("click", (e) => {
    const link = e.target.closest("a[data-to]");
    if (!link || walk.active()) return;
    e.preventDefault();
    openCard(link.dataset.to, { focus: true, from: byId(link.dataset.to) });
    document.getElementById("stage").scrollIntoView({ block: "nearest" });
  });
}

function fillParkingLot() {
  const list = document.getElementById("parking-list");
  document.getElementById("parking-intro").textContent = data.notes.length
    ? fill(words["parking-lot-intro"], { n: data.notes.length }) : words["parking-lot-empty"];
  for (const text of data.notes) {
    const li = el("li");
    li.append(el("span", "box", "☐"), el("span", "text", text));
    list.appendChild(li);
  }
}

/* Every card in flow order after the map, as the printed playbook has them. Built in batches after
   the map is on screen (a thousand cards would hold up the first view); printing builds the rest. */
function fillAllCards() {
  const all = document.getElementById("all-cards");
  let next = 0;
  function build(count) {
    const fragment = document.createDocumentFragment();
    for (const id of data.order.slice(next, next + count)) {
      const article = el("article", "print-card");
      article.id = cardLink(id).slice(1);
      renderCard(article, data.nodes[id], data, { heading: "h3", href: cardLink, taken: -1 });
      fragment.appendChild(article);
    }
    next += count;
    all.appendChild(fragment);
  }
  function batch() {
    build(100);
    if (next < data.order.length) setTimeout(batch, 0);
  }
  batch();
  window.addEventListener("beforeprint", () => build(data.order.length - next));
}
