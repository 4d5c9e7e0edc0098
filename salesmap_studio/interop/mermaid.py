"""Mermaid (`.mmd`): the map as a `flowchart LR` that wikis and Markdown viewers draw.

Lanes become subgraphs, decisions rhombi, outcomes stadiums, objection loops dotted
arrows. Node ids are generated (n0, n1, …), so no name can collide with Mermaid's
keywords; every text is quoted, and each character other than letters, digits, spaces
and a few plain punctuation marks is written as Mermaid's entity code (`#35;`), so
brackets, quotes, `#`, `|`, `end` and HTML are always just text.
"""

from __future__ import annotations

from ..analysis.geometry.links import label_text
from ..analysis.geometry.palette import LINK, OUTCOME
from ..model import Decision, Outcome, SalesMap
from ..persistence import atomic_write

ARROWS = {"flow": "-->", "yes": "-->", "no": "-->", "objection": "-.->"}
LINK_EMPHASIS = {"objection": ",stroke-width:2.5px,stroke-dasharray:9 5"}


# Plain text inside a quoted Mermaid string. Not ":": Mermaid cuts the ";" off an entity code
# in any text that looks like "style …:…#…;" (its own style syntax).
SAFE_PUNCTUATION = frozenset(" .,;!?()/-+'%_@=*")


def text(value: str) -> str:
    """`value` as a quoted Mermaid string that Mermaid shows exactly as written."""
    lines = ["".join(c if c.isalnum() or c in SAFE_PUNCTUATION else f"#{ord(c)};" for c in line)
             for line in value.split("\n")]
    return '"' + "<br>".join(lines) + '"'


def _shape(node, node_id: str) -> str:
    if isinstance(node, Decision):
        return f"{node_id}{{{text(node.name)}}}"
    if isinstance(node, Outcome):
        return f"{node_id}([{text(node.name)}]):::{node.result}"
    return f"{node_id}({text(node.name)})"


def flowchart(doc: SalesMap) -> str:
    ids = {node.id: f"n{i}" for i, node in enumerate(doc.nodes())}
    lines = ["flowchart LR"]
    members: dict[str, list] = {lane.id: [] for lane in doc.lanes()}
    for node in doc.nodes():
        owner = getattr(node, "owner", None)
        if owner in members:
            members[owner].append(node)
        else:
            lines.append(f"    {_shape(node, ids[node.id])}")
    for i, lane in enumerate(doc.lanes()):
        lines.append(f"    subgraph lane{i}[{text(lane.name)}]")
        lines.extend(f"        {_shape(node, ids[node.id])}" for node in members[lane.id])
        lines.append("    end")
    lines.extend(_links(doc, ids))
    for result, (fill, border, ink) in OUTCOME.items():
        lines.append(f"    classDef {result} fill:{fill},stroke:{border},color:{ink}")
    return "\n".join(lines) + "\n"


def _links(doc: SalesMap, ids: dict[str, str]) -> list[str]:
    lines, styles = [], []
    for i, link in enumerate(doc.links()):
        label = label_text(link, doc.info.language)
        middle = f"|{text(label)}|" if label else ""
        lines.append(f"    {ids[link.source]} {ARROWS[link.kind]}{middle} {ids[link.target]}")
        if link.kind != "flow":
            styles.append(f"    linkStyle {i} stroke:{LINK[link.kind]}{LINK_EMPHASIS.get(link.kind, '')}")
    # Mermaid's own arrows are 1 px: a wiki page read from a chair, or projected, needs them bolder,
    # and an objection loop's 3 px dots vanish unless drawn longer (as the canvas draws them).
    return lines + styles + ["    linkStyle default stroke-width:2px"] * bool(lines)


# Mermaid's own defaults (`maxTextSize`, `maxEdges`), which most wikis keep: past them it draws
# an error box or nothing at all instead of the diagram.
MAX_TEXT, MAX_ARROWS = 50_000, 500


def beyond_limits(doc: SalesMap, diagram: str | None = None) -> tuple[int, int] | None:
    """(characters, arrows) of the map's diagram when Mermaid's defaults will not draw it, else None."""
    diagram = flowchart(doc) if diagram is None else diagram
    arrows = len(doc.links())
    return (len(diagram), arrows) if len(diagram) > MAX_TEXT or arrows > MAX_ARROWS else None


def write(doc: SalesMap, path) -> list[str]:
    diagram = flowchart(doc)
    atomic_write(path, diagram.encode("utf-8"))
    over = beyond_limits(doc, diagram)
    if over is None:
        return []
    return [f"the diagram has {over[0]:,} characters and {over[1]} arrows; Mermaid draws at most "
            f"{MAX_TEXT:,} and {MAX_ARROWS} unless the wiki raises its limits, so most will not show it"]
