"""What the rules read besides a node itself, worked out once per check and kept while it holds.

A rename or a text edit changes none of these: a check after it reuses them all, and
`changed_between` names the nodes whose findings a change of them can alter.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from operator import attrgetter, is_

from ...model import Link, SalesMap, Stage
from ..flow_order import main_path, neighbours, outgoing, reachable, start_nodes
from ..funnel import won_point

_ID = attrgetter("id")


@dataclass(frozen=True)
class MapFacts:
    language: str
    has_lanes: bool
    flow_revision: int
    nodes: list                        # the node objects, in document order
    start: str | None                  # the map's start as set
    links: list[Link]
    outgoing: dict[str, list[Link]]
    says_no: bool                      # some link is a "no" or an objection
    main_path: tuple[str, ...]
    unreached: frozenset[str]          # nodes no path from the start reaches (none without a start)
    won: str | None
    conversion_wanted: frozenset[str]  # stages between the start and the won point, the won one not
    path_stages: int                   # stages on the main path

    @property
    def path_end(self) -> str | None:
        return self.main_path[-1] if self.main_path else None


def map_facts(doc: SalesMap, nodes: list, links: list[Link], retyped: bool, before: MapFacts | None,
              earlier: MapFacts | None = None) -> MapFacts:
    """The facts of `doc` now; those of `before` where neither the flow, nor the links, nor (`retyped`)
    a node's type changed. The flow's facts of `earlier` (the map before a step that took nodes away)
    stand again when the map has the very same nodes, links and start again (the undo of that step)."""
    if earlier is not None and (before is None or before.flow_revision != doc.flow_revision) \
            and _same_flow(earlier, doc, nodes, links):
        before, retyped = replace(earlier, flow_revision=doc.flow_revision), False
    same_flow = before is not None and before.flow_revision == doc.flow_revision
    same_links = before is not None and links == before.links   # the same objects: no link compared
    path = before.main_path if same_flow else tuple(main_path(doc))
    won = won_point(doc) if doc.info.funnel is not None else None
    return MapFacts(
        language=doc.info.language,
        has_lanes=bool(doc.lanes()),
        flow_revision=doc.flow_revision,
        nodes=nodes,
        start=doc.start,
        links=links,
        outgoing=before.outgoing if same_links else outgoing(doc),
        says_no=before.says_no if same_links else any(link.kind in ("no", "objection") for link in links),
        main_path=path,
        unreached=before.unreached if same_flow else _unreached(doc),
        won=won,
        conversion_wanted=(before.conversion_wanted if same_flow and won == before.won
                           else _conversion_wanted(doc, won)),
        path_stages=(before.path_stages if same_flow and not retyped
                     else sum(isinstance(doc.node(node_id), Stage) for node_id in path)),
    )


def changed_between(before: MapFacts | None, now: MapFacts) -> set[str] | None:
    """The nodes whose findings may differ because the facts did; None for every node."""
    if before is None or (before.language, before.has_lanes) != (now.language, now.has_lanes):
        return None
    changed = set(before.unreached ^ now.unreached) | (before.conversion_wanted ^ now.conversion_wanted)
    if before.path_end != now.path_end:
        changed.update(node_id for node_id in (before.path_end, now.path_end) if node_id is not None)
    if before.outgoing is not now.outgoing:
        old, new = before.outgoing, now.outgoing
        # A node in one of them only (a big delete: thousands), in one set operation; of the others,
        # those whose links differ.
        changed |= old.keys() ^ new.keys()
        changed.update(node_id for node_id in old.keys() & new.keys() if old[node_id] != new[node_id])
    return changed


def same_for_node(before: MapFacts, now: MapFacts, node_id: str) -> bool:
    """Whether the node rules read the same facts about `node_id` in `before` and `now` (the map's
    language and lanes are compared by the caller, once)."""
    return ((node_id in before.unreached) == (node_id in now.unreached)
            and (node_id in before.conversion_wanted) == (node_id in now.conversion_wanted)
            and (before.path_end == node_id) == (now.path_end == node_id)
            and _same_objects(before.outgoing.get(node_id, ()), now.outgoing.get(node_id, ())))


def same_for_every_node(before: MapFacts, now: MapFacts) -> bool:
    """Whether `same_for_node` holds for every node at once: the facts it compares are the very
    same objects (the flow's facts taken over whole, as after the undo of a delete)."""
    return (before.unreached is now.unreached and before.conversion_wanted is now.conversion_wanted
            and before.path_end == now.path_end and before.outgoing is now.outgoing)


def _same_flow(earlier: MapFacts, doc: SalesMap, nodes: list, links: list[Link]) -> bool:
    """Whether the map's flow is made of what it was made of when `earlier` was found: the very same
    links and start, and nodes of the same ids and types in the same order (each fact of the flow is
    worked out from these alone: a node moved or renamed since, which map health does not check
    again, leaves them standing)."""
    return (earlier.start == doc.start and _same_objects(earlier.links, links)
            and (_same_objects(earlier.nodes, nodes) or _same_ids_and_types(earlier.nodes, nodes)))


def _same_objects(old, new) -> bool:
    return len(old) == len(new) and all(map(is_, old, new))


def _same_ids_and_types(old: list, new: list) -> bool:
    return (len(old) == len(new) and list(map(_ID, old)) == list(map(_ID, new))
            and list(map(type, old)) == list(map(type, new)))


def _unreached(doc: SalesMap) -> frozenset[str]:
    starts = start_nodes(doc) if len(doc) else []
    if not starts:
        return frozenset()  # every node sits on a loop: the no-start warning says it all
    reached = reachable(starts, neighbours(doc))
    return frozenset(node.id for node in doc.nodes() if node.id not in reached)


def _conversion_wanted(doc: SalesMap, won: str | None) -> frozenset[str]:
    if won is None:
        return frozenset()
    on_way = reachable(start_nodes(doc), neighbours(doc)) & reachable([won], neighbours(doc, reverse=True))
    return frozenset(on_way - {won})
