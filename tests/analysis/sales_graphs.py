"""Generated sales-like flows for the layout's tests and bench/layout.py (issue 15).

A main chain of stages with a decision every few steps (no → lost, a nurture
outcome or a detour that rejoins lost), and objection links back one to four
steps from about a fifth of the stages. `lanes=True` gives the stages and
decisions owners in three lanes, by where they stand along the chain.
"""

from __future__ import annotations

import random

from salesmap_studio.model import Decision, Lane, Link, MapInfo, Outcome, SalesMap, Stage

LANES = (Lane(id="marketing", name="Marketing"), Lane(id="sales", name="Sales"), Lane(id="legal", name="Legal"))


def sales_flow(count: int, seed: int, lanes: bool = False) -> SalesMap:
    """About `count` nodes: a main path of stages with decisions and objections (see the module's text)."""
    rng = random.Random(seed)
    nodes: list = [Outcome(id="won", name="Won", result="won"), Outcome(id="lost", name="Lost", result="lost")]
    links: list[Link] = []
    main: list[str] = []

    def link(source: str, target: str, kind: str) -> None:
        links.append(Link(id=f"l{len(links)}", source=source, target=target, kind=kind))

    def add(node, source: str | None, kind: str = "flow") -> str:
        nodes.append(node)
        if source is not None:
            link(source, node.id, kind)
        return node.id

    previous = add(Stage(id="s0", name="Lead"), None)
    main.append(previous)
    while len(nodes) < count:
        i = len(nodes)
        if rng.random() < 0.25 and len(main) > 2:
            current = add(Decision(id=f"d{i}", name=f"Check {i}?"), previous)
            _branch_no(rng, current, nodes, link, add)
            previous = add(Stage(id=f"s{i}y", name=f"Stage {i}"), current, "yes")
        else:
            previous = add(Stage(id=f"s{i}", name=f"Stage {i}"), previous)
        main.append(previous)
        if rng.random() < 0.2 and len(main) > 3:
            link(previous, main[-rng.randint(2, min(5, len(main) - 1))], "objection")
    link(previous, "won", "flow")
    if lanes:
        nodes = [_owned(node, index, len(nodes)) for index, node in enumerate(nodes)]
    return SalesMap.from_parts(MapInfo(start="s0"), LANES if lanes else (), (), nodes, links)


def _owned(node, index: int, count: int):
    if node.kind == "outcome":
        return node
    return node.replace(owner=LANES[min(2, 3 * index // count)].id)


def _branch_no(rng, decision: str, nodes, link, add) -> None:
    roll = rng.random()
    if roll < 0.4:
        link(decision, "lost", "no")
    elif roll < 0.7:
        add(Outcome(id=f"n{len(nodes)}", name="Nurture", result="nurture"), decision, "no")
    else:
        detour = add(Stage(id=f"x{len(nodes)}", name=f"Detour {len(nodes)}"), decision, "no")
        if rng.random() < 0.5:
            detour = add(Stage(id=f"x{len(nodes)}", name=f"Detour {len(nodes)}"), detour)
        link(detour, "lost", "flow")
