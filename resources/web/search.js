/* The search box: every node whose texts hold the words is outlined (the rest fade); Enter
   jumps to the next one and opens its card. */

function makeSearch(input, status, data, svg, marks, jump) {
  const haystack = {};
  for (const id of data.order) {
    const n = data.nodes[id];
    const texts = [n.name, n.entry, n.activities, n.notes, ...(n.substeps || []),
                   ...(n.checklist || []).map(([text]) => text), ...n.facts.map(([, value]) => value)];
    haystack[id] = texts.filter(Boolean).join("\n").toLocaleLowerCase();
  }
  let hits = [];
  let next = 0;

  function clear() {
    for (const r of marks.querySelectorAll(".ring.hit")) r.remove();
    for (const g of svg.querySelectorAll(".node.hit")) g.classList.remove("hit");
    svg.classList.remove("searching");
  }
  function find() {
    clear();
    const words = input.value.trim().toLocaleLowerCase().split(/\s+/).filter(Boolean);
    hits = words.length ? data.order.filter((id) => words.every((word) => haystack[id].includes(word))) : [];
    next = 0;
    status.textContent = !words.length ? "" : hits.length ? fill(data.words["web-found"], { n: hits.length })
                                                           : data.words["web-none-found"];
    if (!words.length) return;
    svg.classList.add("searching");
    for (const id of hits) {
      svg.querySelector(`[data-node="${id}"]`).classList.add("hit");
      ring(marks, data.nodes[id].box, "hit", 8);
    }
  }
  input.addEventListener("input", find);
  input.addEventListener("keydown", (e) => {
    if (e.key === "Enter" && hits.length) {
      e.preventDefault();
      jump(hits[next % hits.length]);
      next += 1;
    } else if (e.key === "Escape") {
      input.value = "";
      find();
    }
  });
}
