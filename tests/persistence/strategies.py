"""Hypothesis strategies for valid sales maps: every entity kind with every field, loops, parallel links."""

from __future__ import annotations

from hypothesis import strategies as st

from salesmap_studio.model import (
    ChecklistItem, Decision, Funnel, Kpi, Lane, Link, MapInfo, Note, Outcome, Phase, SalesMap, Stage, crm_key,
)
from salesmap_studio.model.conflicts import CONFLICT_TYPES, FIELD_NAMES, MAP_KEYS

ids = st.from_regex(r"[A-Za-z0-9._-]{1,64}", fullmatch=True)
texts = st.text(max_size=30)  # hypothesis leaves out lone surrogates, which a file cannot hold
names = st.text(min_size=1, max_size=30)
coords = st.floats(-1_000_000, 1_000_000)
shares = st.none() | st.floats(0, 1)
colors = st.from_regex(r"#[0-9A-Fa-f]{6}", fullmatch=True)
points = st.lists(st.tuples(coords, coords), max_size=4)
crm_names = st.text(min_size=1, max_size=20)


def unique_ids(count: int) -> st.SearchStrategy[list[str]]:
    return st.lists(ids, min_size=count, max_size=count, unique=True)


@st.composite
def crm_stage_lists(draw, count: int) -> list[list[str]]:
    """`count` lists of CRM stage names, no name (by `crm_key`) in two places."""
    pool = draw(st.lists(crm_names, max_size=3 * count, unique_by=crm_key))
    return [pool[i::count] for i in range(count)]


@st.composite
def stages(draw, node_id: str, lanes: list[str], phases: list[str], crm: list[str] = ()) -> Stage:
    return Stage(crm_stages=crm,
        id=node_id, name=draw(names), notes=draw(texts), x=draw(coords), y=draw(coords),
        entry_criteria=draw(texts), activities=draw(texts),
        exit_checklist=draw(st.lists(st.builds(ChecklistItem, text=texts, required=st.booleans()), max_size=3)),
        substeps=draw(st.lists(texts, max_size=3)),
        owner=draw(st.none() | st.sampled_from(lanes)) if lanes else None,
        phase=draw(st.none() | st.sampled_from(phases)) if phases else None,
        expected_days=draw(st.none() | st.floats(0, 3650) | st.integers(0, 3650).map(float)),
        conversion_rate=draw(shares),
    )


@st.composite
def nodes(draw, node_id: str, lanes: list[str], phases: list[str], crm: list[str] = ()):
    kind = draw(st.sampled_from(["stage", "decision", "outcome"]))
    if kind == "stage":
        return draw(stages(node_id, lanes, phases, crm))
    common = dict(id=node_id, name=draw(names), notes=draw(texts), x=draw(coords), y=draw(coords))
    if kind == "outcome":
        return Outcome(result=draw(st.sampled_from(["won", "lost", "nurture"])), crm_stages=crm, **common)
    owner = draw(st.none() | st.sampled_from(lanes)) if lanes else None
    phase = draw(st.none() | st.sampled_from(phases)) if phases else None
    return Decision(owner=owner, phase=phase, **common)


@st.composite
def links(draw, link_ids: list[str], node_ids: list[str]) -> list[Link]:
    """Links between any two nodes: a node to itself (a loop) and several links per pair are allowed."""
    ends = st.sampled_from(node_ids)
    kinds = st.sampled_from(["flow", "yes", "no", "objection"])
    return [
        Link(id=i, source=draw(ends), target=draw(ends), kind=draw(kinds), label=draw(texts), share=draw(shares),
             points=draw(points))
        for i in link_ids
    ]


def funnels(node_ids: list[str]) -> st.SearchStrategy[Funnel | None]:
    amounts = st.floats(0.01, 1e9) | st.integers(1, 10_000).map(float)
    return st.none() | st.builds(
        Funnel, target=amounts, period=st.sampled_from(["month", "quarter", "year"]),
        won_at=st.none() | st.sampled_from(node_ids), deal_value=st.none() | amounts,
        currency=st.sampled_from(["", "EUR", "USD", "CHF"]),
    )


@st.composite
def sales_maps(draw, max_nodes: int = 8) -> SalesMap:
    lanes = [Lane(id=i, name=draw(names), color=draw(colors)) for i in draw(unique_ids(draw(st.integers(0, 3))))]
    phases = [Phase(id=i, name=draw(names)) for i in draw(unique_ids(draw(st.integers(0, 3))))]
    lane_ids, phase_ids = [lane.id for lane in lanes], [phase.id for phase in phases]
    node_ids = draw(unique_ids(draw(st.integers(1, max_nodes))))
    crm = draw(crm_stage_lists(len(node_ids)))
    all_nodes = [draw(nodes(i, lane_ids, phase_ids, names_)) for i, names_ in zip(node_ids, crm)]
    all_links = draw(links(draw(unique_ids(draw(st.integers(0, 2 * max_nodes)))), node_ids))
    all_notes = [
        Note(id=i, text=draw(texts), x=draw(coords), y=draw(coords), color=draw(colors))
        for i in draw(unique_ids(draw(st.integers(0, 3))))
    ]
    info = MapInfo(
        title=draw(texts), goal=draw(texts), language=draw(st.sampled_from(["", "en", "de", "de-CH"])),
        start=draw(st.none() | st.sampled_from(node_ids)),
        kpis=draw(st.lists(st.builds(Kpi, name=names, target=texts), max_size=3)),
        funnel=draw(funnels(node_ids)), lane_height=draw(st.floats(80, 2000)),
    )
    found = draw(st.lists(conflicts(node_ids, lane_ids, phase_ids), max_size=3, unique_by=lambda c: c.id))
    return SalesMap.from_parts(info, lanes, phases, all_nodes, all_links, all_notes, found)


def _sides(what: str, item: str | None, node_ids: list[str], lanes: list[str], phases: list[str]):
    """A strategy for one side of a conflict about `item` (ids inside need not exist: another version)."""
    if what == "node":
        return nodes(item, lanes, phases)
    if what == "link":
        return links([item], node_ids).map(lambda found: found[0])
    if what == "lane":
        return st.builds(Lane, id=st.just(item), name=names, color=colors)
    if what == "phase":
        return st.builds(Phase, id=st.just(item), name=names)
    if what == "note":
        return st.builds(Note, id=st.just(item), text=texts, x=coords, y=coords, color=colors)
    if what == "kpi":
        return st.builds(Kpi, name=st.just(item), target=texts)
    return st.builds(MapInfo, title=texts, goal=texts, lane_height=st.floats(80, 2000), funnel=funnels(node_ids))


@st.composite
def conflicts(draw, node_ids: list[str], lanes: list[str], phases: list[str]):
    what = draw(st.sampled_from(sorted(CONFLICT_TYPES)))
    item = None if what == "map" else draw(names if what == "kpi" else ids)
    if what == "map":
        fields = draw(st.lists(st.sampled_from(["title", "goal", "funnel", "lane_height"]), min_size=1, unique=True))
        fields = sorted(fields, key=MAP_KEYS.index)
    else:
        fields = draw(st.just(["(deleted)"]) | st.lists(st.sampled_from(sorted(FIELD_NAMES[what])), min_size=1,
                                                           max_size=3, unique=True))
    side = _sides(what, item, node_ids, lanes, phases)
    base, theirs = (True, True) if what == "map" else draw(st.sampled_from([(True, True), (True, False), (False, True)]))
    return CONFLICT_TYPES[what](id=draw(ids), item=item, fields=fields, base=draw(side) if base else None,
                                theirs=draw(side) if theirs else None)
