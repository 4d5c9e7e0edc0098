"""`SalesMap`: one sales process map in memory.

Nodes and links live in a private `networkx.MultiDiGraph` keyed by id (edge key =
link id); their document order (the order the file lists them in) is kept beside
it, so that undoing a removal puts an entity back exactly where it was.
Read queries are public; the `_insert_*` / `_remove_*` / `_replace_*` mutators are
for the editing layer only. They record what they did, and the document announces
it on `events` as one `CHANGED` when the outermost `changing()` group ends (a
mutator called outside any group is a group of its own).

Python's garbage collector waits while a group runs and its listeners follow it: a step on a
big map makes tens of thousands of objects (entities put back, canvas items, findings, rows),
and the collections they set off walked what the step was still building (undo of deleting
every node of a 5,000-stage map ran two full collections and ~240 young ones). The
collector catches up once after the step.
"""

from __future__ import annotations

from contextlib import contextmanager
from itertools import chain
from operator import itemgetter
from typing import Iterable, Iterator

import networkx as nx

from . import collector

from .conflicts import AnyConflict
from .entities import Decision, Lane, Link, MapInfo, Note, Outcome, Phase, Stage
from .events import CHANGED, Change, EventHub
from .ids import fresh_id
from .order import OrderedIds
from .parts import MapParts

AnyNode = Stage | Decision | Outcome


class SalesMap:
    def __init__(self, info: MapInfo | None = None) -> None:
        self.events = EventHub()
        self._change, self._depth, self._info_before = Change(), 0, None
        self._info = info or MapInfo()
        self._graph = nx.MultiDiGraph()
        self._node_order = OrderedIds()
        self._link_order = OrderedIds()
        self._links: dict[str, Link] = {}
        self._notes: dict[str, Note] = {}
        self._lanes: tuple[Lane, ...] = ()
        self._phases: tuple[Phase, ...] = ()
        self._conflicts: tuple[AnyConflict, ...] = ()
        # Counts changes to what the flow is made of (nodes, links, the start), not to texts or
        # positions: analysis keeps its walks of the map until this changes (flow_order.py).
        # Only `_count_flow` changes it.
        self.flow_revision = 0

    # ---- read queries -------------------------------------------------
    @property
    def info(self) -> MapInfo:
        return self._info

    @property
    def start(self) -> str | None:
        return self._info.start

    def nodes(self) -> list[AnyNode]:
        # networkx's own node-data dict: its `nodes[...]` view costs several times more per
        # call, and the panels walk every node after each step of a big map.
        data = self._graph._node
        return [data[n]["node"] for n in self._node_order]

    def node(self, node_id: str) -> AnyNode:
        return self._graph._node[node_id]["node"]

    def has_node(self, node_id: str) -> bool:
        return node_id in self._graph

    def node_index(self, node_id: str) -> int:
        return self._node_order.index(node_id)

    def nodes_among(self, ids: Iterable[str]) -> list[AnyNode]:
        """The nodes among `ids` (other ids are passed over), in the order given: one look-up per id,
        for a panel that filters a selection (a Select All of 5,000 stages holds 10,000 ids)."""
        data = self._graph._node
        return [data[i]["node"] for i in ids if i in data]

    def existing(self, ids: Iterable[str]) -> list[str]:
        """The ids among `ids` of a node, link or note the map has, in the order given."""
        nodes, links, notes = self._graph._node, self._links, self._notes
        return [i for i in ids if i in nodes or i in links or i in notes]

    def stages(self) -> list[Stage]:
        return [n for n in self.nodes() if isinstance(n, Stage)]

    def links(self) -> list[Link]:
        return [self._links[k] for k in self._link_order]

    def link(self, link_id: str) -> Link:
        return self._links[link_id]

    def has_link(self, link_id: str) -> bool:
        return link_id in self._links

    def link_index(self, link_id: str) -> int:
        return self._link_order.index(link_id)

    def in_node_order(self, node_ids: Iterable[str]) -> list[str]:
        """The node ids sorted as the document lists its nodes (no search per id)."""
        return sorted(node_ids, key=self._node_order.sort_key)

    def in_link_order(self, link_ids: Iterable[str]) -> list[str]:
        """The link ids sorted as the document lists its links (no search per id)."""
        return sorted(link_ids, key=self._link_order.sort_key)

    def links_from(self, node_id: str) -> list[Link]:
        return self._in_order(k for _, _, k in self._graph.out_edges(node_id, keys=True))

    def links_to(self, node_id: str) -> list[Link]:
        return self._in_order(k for _, _, k in self._graph.in_edges(node_id, keys=True))

    def links_of(self, node_id: str) -> list[Link]:
        """Every link that starts or ends at the node, each once (a loop counts once)."""
        return self._in_order(self.link_ids_of(node_id))

    def link_ids_of(self, node_id: str) -> set[str]:
        """The ids of `links_of`, in no order (cheaper when the order does not matter)."""
        # networkx's adjacency dicts ({neighbour: {link id: data}}): its edge views cost several
        # times more per call, and deleting thousands of nodes asks once per node.
        return {k for adjacency in (self._graph._succ[node_id], self._graph._pred[node_id])
                for keys in adjacency.values() for k in keys}

    def links_between(self, source: str, target: str) -> list[Link]:
        """The links from `source` to `target` (one direction), in document order."""
        return self._in_order(self._graph.succ[source].get(target, ()) if source in self._graph else ())

    def successors(self, node_id: str) -> list[str]:
        return list(dict.fromkeys(link.target for link in self.links_from(node_id)))

    def predecessors(self, node_id: str) -> list[str]:
        return list(dict.fromkeys(link.source for link in self.links_to(node_id)))

    def notes(self) -> list[Note]:
        return list(self._notes.values())

    def note(self, note_id: str) -> Note:
        return self._notes[note_id]

    def has_note(self, note_id: str) -> bool:
        return note_id in self._notes

    def note_index(self, note_id: str) -> int:
        return list(self._notes).index(note_id)

    def lanes(self) -> tuple[Lane, ...]:
        return self._lanes

    def lane(self, lane_id: str) -> Lane | None:
        return next((lane for lane in self._lanes if lane.id == lane_id), None)

    def lane_index(self, lane_id: str) -> int | None:
        return next((i for i, lane in enumerate(self._lanes) if lane.id == lane_id), None)

    def phases(self) -> tuple[Phase, ...]:
        return self._phases

    def phase(self, phase_id: str) -> Phase | None:
        return next((phase for phase in self._phases if phase.id == phase_id), None)

    def conflicts(self) -> tuple[AnyConflict, ...]:
        """What a merge left for the user to decide, in the order it was found."""
        return self._conflicts

    def conflict(self, conflict_id: str) -> AnyConflict:
        found = next((c for c in self._conflicts if c.id == conflict_id), None)
        if found is None:
            raise KeyError(conflict_id)
        return found

    def has_conflict(self, conflict_id: str) -> bool:
        return any(c.id == conflict_id for c in self._conflicts)

    def graph_view(self) -> nx.MultiDiGraph:
        """A read-only view of the topology (node and edge keys are ids), for analysis."""
        return self._graph.copy(as_view=True)

    def new_node_id(self, prefix: str = "n") -> str:
        return fresh_id(prefix, self._graph)

    def new_link_id(self, prefix: str = "l") -> str:
        return fresh_id(prefix, self._links)

    def new_note_id(self, prefix: str = "note") -> str:
        return fresh_id(prefix, self._notes)

    def new_lane_id(self, prefix: str = "lane") -> str:
        return fresh_id(prefix, {lane.id for lane in self._lanes})

    def new_phase_id(self, prefix: str = "phase") -> str:
        return fresh_id(prefix, {phase.id for phase in self._phases})

    def new_conflict_id(self, prefix: str = "c") -> str:
        return fresh_id(prefix, {c.id for c in self._conflicts})

    def __len__(self) -> int:
        return len(self._node_order)

    def _in_order(self, keys: Iterable[str]) -> list[Link]:
        wanted = set(keys)
        if len(wanted) <= 1:
            return [self._links[k] for k in wanted]
        return [self._links[k] for k in self.in_link_order(wanted)]

    # ---- low-level mutators (editing layer only) ----------------------
    def _insert_node(self, node: AnyNode, index: int | None = None) -> None:
        self._insert_nodes([(len(self._node_order) if index is None else index, node)])

    def _insert_nodes(self, placed: list[tuple[int, AnyNode]]) -> None:
        """Puts nodes in at once, as `_insert_node` of each in turn would: `placed` is (index, node),
        indices ascending, each the node's position once all are in (a delete's undo: thousands)."""
        graph = self._graph
        ids = [node.id for _, node in placed]
        taken = next((i for i in ids if i in graph._node), None) or _repeated(ids)
        if taken is not None:
            raise KeyError(f"node id {taken!r} already exists")
        for node in map(itemgetter(1), placed):
            graph.add_node(node.id, node=node)
        self._node_order.insert_all([(index, node.id) for index, node in placed])
        if placed:
            self._count_flow("node_added")
        self._change.nodes.add_all(ids)
        self._announce_if_alone()

    def _replace_node(self, node: AnyNode) -> AnyNode:
        old = self._graph.nodes[node.id]["node"]
        self._graph.nodes[node.id]["node"] = node
        self._count_flow("node_changed", old, node)
        self._change.nodes.change(node.id, *_moved_edited(old, node))
        self._announce_if_alone()
        return old

    def _remove_node(self, node_id: str) -> AnyNode:
        """Remove a node that has no links left (commands remove its links first)."""
        # networkx's own dicts: its degree and node views cost several times more per call, and
        # Delete of everything removes every node.
        graph = self._graph
        if graph._succ[node_id] or graph._pred[node_id]:
            raise ValueError(f"node {node_id!r} still has links")
        node = graph._node[node_id]["node"]
        graph.remove_node(node_id)
        self._node_order.remove(node_id)
        self._count_flow("node_removed", node)
        self._change.nodes.remove(node_id)
        self._announce_if_alone()
        return node

    def _insert_link(self, link: Link, index: int | None = None) -> None:
        self._insert_links([(len(self._link_order) if index is None else index, link)])

    def _insert_links(self, placed: list[tuple[int, Link]]) -> None:
        """Puts links in at once, as `_insert_link` of each in turn would (`placed` as for `_insert_nodes`)."""
        graph, links = self._graph, self._links
        ids = [link.id for _, link in placed]
        taken = next((i for i in ids if i in links), None) or _repeated(ids)
        if taken is not None:
            raise KeyError(f"link id {taken!r} already exists")
        nodes = graph._node   # networkx's own dict: its `in` costs a Python call per link
        loose = next((link for _, link in placed if link.source not in nodes or link.target not in nodes), None)
        if loose is not None:
            raise KeyError(f"link {loose.id!r} names a missing node")
        for link in map(itemgetter(1), placed):
            graph.add_edge(link.source, link.target, key=link.id)
            links[link.id] = link
        self._link_order.insert_all(list(zip(map(itemgetter(0), placed), ids)))
        if placed:
            self._count_flow("link_added")
        self._change.link_ends.update(chain.from_iterable((link.source, link.target) for _, link in placed))
        self._change.links.add_all(ids)
        self._announce_if_alone()

    def _replace_link(self, link: Link) -> Link:
        old = self._links[link.id]
        if link.source not in self._graph or link.target not in self._graph:
            raise KeyError(f"link {link.id!r} names a missing node")  # add_edge would invent the node
        if (old.source, old.target) != (link.source, link.target):
            self._graph.remove_edge(old.source, old.target, key=old.id)
            self._graph.add_edge(link.source, link.target, key=link.id)
        self._links[link.id] = link
        self._count_flow("link_changed", old, link)
        _link_touched(self._change, old, link).change(link.id, False, True)
        self._announce_if_alone()
        return old

    def _remove_link(self, link_id: str) -> Link:
        link = self._links.pop(link_id)
        self._graph.remove_edge(link.source, link.target, key=link_id)
        self._link_order.remove(link_id)
        self._count_flow("link_removed", link)
        _link_touched(self._change, link).remove(link_id)
        self._announce_if_alone()
        return link

    def _insert_note(self, note: Note, index: int | None = None) -> None:
        if note.id in self._notes:
            raise KeyError(f"note id {note.id!r} already exists")
        items = list(self._notes.items())
        index = len(items) if index is None else index
        items.insert(index, (note.id, note))
        self._notes = dict(items)
        self._count_flow("note_added", note, index)
        self._change.notes.add(note.id)
        self._announce_if_alone()

    def _replace_note(self, note: Note) -> Note:
        old = self._notes[note.id]
        self._notes[note.id] = note
        self._count_flow("note_changed", old, note)
        self._change.notes.change(note.id, *_moved_edited(old, note))
        self._announce_if_alone()
        return old

    def _remove_note(self, note_id: str) -> Note:
        note = self._notes.pop(note_id)
        self._count_flow("note_removed", note)
        self._change.notes.remove(note_id)
        self._announce_if_alone()
        return note

    def _set_info(self, info: MapInfo) -> MapInfo:
        old, self._info = self._info, info
        self._count_flow("info_changed", old, info)
        self._info_before = old if self._info_before is None else self._info_before
        self._announce_if_alone()
        return old

    def _set_lanes(self, lanes: Iterable[Lane]) -> tuple[Lane, ...]:
        old, self._lanes = self._lanes, tuple(lanes)
        self._count_flow("lanes_changed")
        self._change.lanes = True
        self._announce_if_alone()
        return old

    def _set_phases(self, phases: Iterable[Phase]) -> tuple[Phase, ...]:
        old, self._phases = self._phases, tuple(phases)
        self._count_flow("phases_changed")
        self._change.phases = True
        self._announce_if_alone()
        return old

    def _set_conflicts(self, conflicts: Iterable[AnyConflict]) -> tuple[AnyConflict, ...]:
        old, self._conflicts = self._conflicts, tuple(conflicts)
        self._change.conflicts = True
        self._announce_if_alone()
        return old

    # ---- one notification per step -------------------------------------
    @contextmanager
    def changing(self) -> Iterator[None]:
        """Groups the mutations made inside (a command, a macro, their undo or redo): when the
        outermost group ends, listeners hear one `CHANGED` with everything it changed. The garbage
        collector waits until they have (see the module's doc)."""
        self._depth += 1
        with collector.paused():
            try:
                yield
            finally:
                self._depth -= 1
                if self._depth == 0:
                    self._announce()

    def _count_flow(self, mutation: str, *args) -> None:
        """Counts a mutation in `flow_revision` when it changes the flow."""
        if _changes_flow(mutation, args):
            self.flow_revision += 1

    def _announce_if_alone(self) -> None:
        """A mutation made outside any group is a step of its own."""
        if self._depth == 0:
            self._announce()

    def _announce(self) -> None:
        change, before = self._change, self._info_before
        self._change, self._info_before = Change(), None
        if before is not None:
            change.info = frozenset(name for name in type(before).model_fields
                                    if getattr(before, name) != getattr(self._info, name))
        if change:
            self.events.emit(CHANGED, change)

    # ---- whole-document conversion ------------------------------------
    def parts(self) -> MapParts:
        """What the document holds now, for reading on another thread (see `parts.py`)."""
        return MapParts(self._info, self._lanes, self._phases, tuple(self.nodes()), tuple(self.links()),
                        tuple(self._notes.values()), self._conflicts)

    def to_dict(self) -> dict:
        """The document as the canonical .smap dict (see `persistence.canonical`)."""
        from .serialize import map_to_dict

        return map_to_dict(self)

    @classmethod
    def from_parts(
        cls,
        info: MapInfo,
        lanes: Iterable[Lane] = (),
        phases: Iterable[Phase] = (),
        nodes: Iterable[AnyNode] = (),
        links: Iterable[Link] = (),
        notes: Iterable[Note] = (),
        conflicts: Iterable[AnyConflict] = (),
    ) -> "SalesMap":
        """Build a document from already validated entities (no events are emitted)."""
        doc = cls(info)
        doc._lanes, doc._phases, doc._conflicts = tuple(lanes), tuple(phases), tuple(conflicts)
        for node in nodes:
            doc._graph.add_node(node.id, node=node)
            doc._node_order.insert(node.id)
        for link in links:
            doc._graph.add_edge(link.source, link.target, key=link.id)
            doc._links[link.id] = link
            doc._link_order.insert(link.id)
        doc._notes = {note.id: note for note in notes}
        return doc

    def __iter__(self) -> Iterator[AnyNode]:
        return iter(self.nodes())


def _moved_edited(old, new) -> tuple[bool, bool]:
    """Whether a node or note replaced by `new` moved, and whether anything besides its place changed
    (field by field: a copy to compare would cost more than the move itself on a big map)."""
    if (old.x, old.y) == (new.x, new.y):
        return False, old != new
    same = type(old) is type(new) and all(value == getattr(new, name) for name, value in old.__dict__.items()
                                          if name not in ("x", "y"))
    return True, not same


def _repeated(ids: list[str]) -> str | None:
    """An id that comes twice in `ids` (None: none does)."""
    if len(set(ids)) == len(ids):
        return None
    seen: set[str] = set()
    return next(i for i in ids if i in seen or seen.add(i))


def _link_touched(change: Change, *links: Link):
    """Notes the nodes the links join (before and after an edit); the links' delta, to record in."""
    for link in links:
        change.link_ends.update((link.source, link.target))
    return change.links


def _changes_flow(event: str, args: tuple) -> bool:
    """Whether an event changes the flow: nodes or links come or go, a link's ends or kind, the start."""
    if event in ("node_added", "node_removed", "link_added", "link_removed"):
        return True
    if event == "link_changed":
        old, new = args
        return (old.source, old.target, old.kind) != (new.source, new.target, new.kind)
    if event == "info_changed":
        old, new = args
        return old.start != new.start
    return False
