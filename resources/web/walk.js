/* The walk-through, as F5 in the app: from the start, → follows the chosen way out, ← goes back the
   way we came, ↓/↑ choose the way at a node with several, Esc ends. Which way → takes first comes
   with the data (the main path's, as the app's walk chooses). */

function makeWalk(data, show, end) {
  let trail = [];
  let choice = 0;
  const current = () => data.nodes[trail[trail.length - 1]];
  const render = () => show(current(), trail.length, choice);

  const walk = {
    active: () => trail.length > 0,
    start(at) {
      const first = at || data.start;
      if (!first) return;
      trail = [first];
      choice = data.nodes[first].way;
      render();
    },
    next() {
      const way = current().ways[choice];
      if (!way) return;
      trail.push(way.to);
      choice = data.nodes[way.to].way;
      render();
    },
    back() {
      if (trail.length < 2) return;
      trail.pop();
      choice = current().way;
      render();
    },
    turn(step) {
      const count = current().ways.length;
      if (count < 2) return;
      choice = (choice + step + count) % count;
      render();
    },
    stop() {
      trail = [];
      end();
    },
  };
  const keys = {
    ArrowRight: walk.next, " ": walk.next, PageDown: walk.next,
    ArrowLeft: walk.back, Backspace: walk.back, PageUp: walk.back,
    ArrowDown: () => walk.turn(1), ArrowUp: () => walk.turn(-1), Escape: walk.stop,
  };
  document.addEventListener("keydown", (e) => {
    if (!walk.active() || !(e.key in keys) || e.target.matches("input")) return;
    e.preventDefault();
    keys[e.key]();
  });
  return walk;
}
