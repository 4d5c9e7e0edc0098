/* A node's card: its four seed fields (name, what lets a deal in, what happens, exit checklist),
   substeps, owner, phase, days, conversion, notes and branches. Every map text goes in as text. */

function el(tag, className, text) {
  const e = document.createElement(tag);
  if (className) e.className = className;
  if (text !== undefined && text !== null) e.textContent = text;
  return e;
}

function fill(template, values) {
  return template.replace(/\{(\w+)\}/g, (all, key) => (key in values ? String(values[key]) : all));
}

function cardSection(parent, label, content) {
  const section = el("section", "field");
  section.appendChild(el("h4", null, label));
  section.appendChild(content);
  parent.appendChild(section);
}

function textBlock(text) { return el("p", "text", text); }

function listOf(items, className, make) {
  const list = el("ul", className);
  items.forEach((item, i) => list.appendChild(make(item, i)));
  return list;
}

/* Fills `root` with the card of `node`. `opts.heading`: "h2" or "h3"; `opts.id`: the heading's id;
   `opts.href(id)`: where a branch links to; `opts.taken`: the branch → follows (walk-through). */
function renderCard(root, node, data, opts) {
  const w = data.words;
  root.replaceChildren();
  const heading = el(opts.heading, "card-title", node.title);
  if (opts.id) heading.id = opts.id;
  heading.tabIndex = -1;
  root.appendChild(heading);
  if (node.facts.length) {
    const facts = el("dl", "facts");
    for (const [label, value] of node.facts) {
      facts.appendChild(el("dt", null, label));
      facts.appendChild(el("dd", null, value));
    }
    root.appendChild(facts);
  }
  if (node.entry) cardSection(root, w.entry, textBlock(node.entry));
  if (node.activities) cardSection(root, w.activities, textBlock(node.activities));
  if (node.substeps && node.substeps.length) {
    cardSection(root, w.substeps, listOf(node.substeps, "substeps", (s) => el("li", null, s)));
  }
  if (node.checklist && node.checklist.length) {
    cardSection(root, w.checklist, listOf(node.checklist, "checklist", ([text, required]) => {
      const li = el("li", required ? "required" : null);
      li.appendChild(el("span", "box", "☐"));
      li.appendChild(el("span", "item", text));
      if (required) li.appendChild(el("span", "tag", w.required));
      return li;
    }));
  }
  if (node.ways.length) {
    const label = node.kind === "decision" ? w.branches : w.next;
    cardSection(root, label, listOf(node.ways, "ways", (way, i) => {
      const li = el("li", "way " + way.kind + (i === opts.taken ? " taken" : ""));
      const a = el("a", null, data.nodes[way.to].name);
      a.href = opts.href(way.to);
      a.dataset.to = way.to;
      li.appendChild(a);
      if (way.label) li.appendChild(el("span", "way-label", way.label));
      if (i === opts.taken) li.appendChild(el("span", "tag taken", w["web-taken"]));
      return li;
    }));
  }
  if (node.notes) cardSection(root, w.notes, textBlock(node.notes));
  return heading;
}
