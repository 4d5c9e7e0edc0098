/* Pan and zoom. The map moves by a transform on <g id="world"> in the SVG's own units: scale 1
   with no shift is the whole map fitted (the SVG's viewBox), which is also what print shows. */

const SVG_NS = "http://www.w3.org/2000/svg";
const CLICK_SLOP = 5;          // pixels a press may move and still count as a click

function makeView(svg) {
  const world = svg.querySelector("#world");
  const state = { s: 1, x: 0, y: 0 };
  const pointers = new Map();
  let moved = 0;
  let pinch = null;

  function pixelsPerUnit() { return svg.getScreenCTM().a || 1; }
  function limits() { return [0.5, Math.max(8, 4 / pixelsPerUnit())]; }  // at most 4 px per map unit
  function apply() {
    world.setAttribute("transform", `translate(${state.x} ${state.y}) scale(${state.s})`);
  }
  function toUser(clientX, clientY) {
    return new DOMPoint(clientX, clientY).matrixTransform(svg.getScreenCTM().inverse());
  }
  function centre() {
    const r = svg.getBoundingClientRect();
    return toUser(r.left + r.width / 2, r.top + r.height / 2);
  }
  function zoomAt(factor, p) {
    const [low, high] = limits();
    const s = Math.min(high, Math.max(low, state.s * factor));
    const k = s / state.s;
    state.x = p.x - (p.x - state.x) * k;
    state.y = p.y - (p.y - state.y) * k;
    state.s = s;
    apply();
  }
  function fit() { state.s = 1; state.x = 0; state.y = 0; apply(); }
  /* Puts the box [x, y, w, h] (map units) in the middle, or in the middle of what `covered` pixels
     at the right leave free; `width` (0–1) of that space wide if given. */
  function show(box, width, covered) {
    const r = svg.getBoundingClientRect();
    const free = r.width - (covered || 0);
    if (width) {
      const [low, high] = limits();
      state.s = Math.min(high, Math.max(low, width * free / pixelsPerUnit() / box[2]));
    }
    const c = toUser(r.left + free / 2, r.top + r.height / 2);
    state.x = c.x - state.s * (box[0] + box[2] / 2);
    state.y = c.y - state.s * (box[1] + box[3] / 2);
    apply();
  }
  /* Brings the box into sight without changing the zoom, when any of it is out of sight. */
  function reveal(box) {
    const r = svg.getBoundingClientRect();
    const a = toUser(r.left, r.top), b = toUser(r.right, r.bottom);
    const x0 = state.x + state.s * box[0], y0 = state.y + state.s * box[1];
    const x1 = x0 + state.s * box[2], y1 = y0 + state.s * box[3];
    if (x0 < a.x || y0 < a.y || x1 > b.x || y1 > b.y) show(box);
  }

  svg.addEventListener("wheel", (e) => {
    e.preventDefault();
    zoomAt(Math.exp(-e.deltaY * (e.deltaMode === 1 ? 0.05 : 0.0015)), toUser(e.clientX, e.clientY));
  }, { passive: false });
  svg.addEventListener("pointerdown", (e) => {
    if (e.button !== 0) return;
    pointers.set(e.pointerId, { x: e.clientX, y: e.clientY, node: e.target.closest("[data-node]") });
    moved = pointers.size > 1 ? CLICK_SLOP : 0;
  });
  svg.addEventListener("pointermove", (e) => {
    const last = pointers.get(e.pointerId);
    if (!last) return;
    if (pointers.size === 2) {
      const [a, b] = [...pointers.values()];
      const other = a === last ? b : a;
      const distance = Math.hypot(e.clientX - other.x, e.clientY - other.y);
      if (pinch) zoomAt(distance / pinch, toUser((e.clientX + other.x) / 2, (e.clientY + other.y) / 2));
      pinch = distance;
    } else {
      const dx = e.clientX - last.x, dy = e.clientY - last.y;
      moved += Math.abs(dx) + Math.abs(dy);
      if (moved >= CLICK_SLOP) {
        if (!svg.hasPointerCapture(e.pointerId)) svg.setPointerCapture(e.pointerId);
        svg.classList.add("dragging");
        state.x += dx / pixelsPerUnit();
        state.y += dy / pixelsPerUnit();
        apply();
      }
    }
    last.x = e.clientX;
    last.y = e.clientY;
  });
  function release(e) {
    const last = pointers.get(e.pointerId);
    pointers.delete(e.pointerId);
    if (pointers.size < 2) pinch = null;
    svg.classList.remove("dragging");
    if (last && e.type === "pointerup" && moved < CLICK_SLOP && view.onClick) view.onClick(last.node);
  }
  svg.addEventListener("pointerup", release);
  svg.addEventListener("pointercancel", release);

  const view = {
    fit, show, reveal, onClick: null,
    zoomIn: () => zoomAt(1.25, centre()),
    zoomOut: () => zoomAt(0.8, centre()),
    scale: () => state.s,
  };
  return view;
}

/* A rounded outline around a box in the marks layer, `gap` map units outside it. */
function ring(layer, box, kind, gap) {
  const r = document.createElementNS(SVG_NS, "rect");
  r.setAttribute("class", "ring " + kind);
  r.setAttribute("x", box[0] - gap);
  r.setAttribute("y", box[1] - gap);
  r.setAttribute("width", box[2] + 2 * gap);
  r.setAttribute("height", box[3] + 2 * gap);
  r.setAttribute("rx", 14);
  layer.appendChild(r);
  return r;
}
