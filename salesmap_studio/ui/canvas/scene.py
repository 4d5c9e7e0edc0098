"""The scene: follows the document's changes and keeps one item per id.

Each step (a command, a macro, an undo) arrives as one `Change`: the items it
names are updated once (plus the links that hang on a moved node, each shape
worked out once), and the swimlane and phase bands, which span the whole map,
are refreshed once, at once.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Signal
from PySide6.QtGui import QColor, QPixmapCache
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene

from ...analysis import geometry as geo
from ...analysis.geometry import legible
from ...analysis.geometry.memo import GeometryMemo
from ...model.events import CHANGED, Change
from .extent import MapExtent
from .bands import BandsItem
from .items import Deferred, LabelItem, LinkItem, MapItem, NodeItem, NoteItem
from .marks import Marks
from .moved import MovedDocument
from .room_labels import RoomLabels

BACKGROUND = QColor("#F7F8FA")
REBUILT_BY = {"language", "lane_height"}  # map details that change every item's geometry
SCENE_MARGIN = 2000.0  # room to pan around the map
BULK = 500  # items added or removed in one step beyond which the scene's index is rebuilt, not updated


class MapScene(QGraphicsScene):
    selected_ids_changed = Signal()
    # While a drag is previewed: the offsets of the dragged items ({} once it ends or is cancelled),
    # so what is drawn beside them (the evidence overlay) can go along.
    drag_previewed = Signal(object)
    # What is drawn changed (an edit, a drag's frame, badges, marks). The views follow this rather
    # than Qt's `changed`: while anything listens to that, Qt gathers a rect per updated item and
    # hands the whole list to every listener (10,000 rects on a Select All of 5,000 stages).
    touched = Signal()

    def __init__(self, document, parent=None) -> None:
        super().__init__(parent)
        self.document = document
        self.setBackgroundBrush(BACKGROUND)
        self._items: dict[str, MapItem] = {}
        self._labels: dict[str, LabelItem] = {}
        self._picked: list[str] = []
        self._badged: set[str] = set()  # the ids given a badge last time (an item may have gone since)
        # The items the last step took away, kept for one more step: undo of a big delete puts the
        # very same items back instead of making thousands anew.
        self._gone: dict[str, MapItem] = {}
        self._back: dict[str, MapItem] = {}
        self.version = 0  # counts changes to what is drawn (the far-out picture follows it)
        self.show_handles = True  # a node's link handles on hover; off while presenting
        self.readable = legible.USUAL  # names under its height on screen are drawn larger
        self.room_labels = RoomLabels(self)   # … and in projector view the links' labels too
        self._cache_mode = QGraphicsItem.CacheMode.DeviceCoordinateCache
        self._extent = MapExtent()  # the items' bounds and the bands' facts, kept as items change
        self.overlay_rect = QRectF()  # what is laid over the map (the evidence badges), set by its owner
        self._shapes = GeometryMemo()  # undo of a big delete gets its shapes back without working them out
        self._pairs: dict[frozenset, set[str]] = {}  # links by the two nodes they join
        self._ends: dict[str, frozenset] = {}  # the two nodes of each link, as last shown
        # One shape maker per kind for every deferred item (not a closure per item).
        self._node_shape = lambda node_id: self._shapes.node(self.document, node_id)
        self._note_shape = lambda note_id: geo.note_geometry(self.document, note_id)
        self.bands = BandsItem()
        self.addItem(self.bands)
        self.marks = Marks(self)
        self._build()
        self.fit_scene_rect()
        document.events.subscribe(CHANGED, self._document_changed)
        self.selectionChanged.connect(self._selection_changed)

    def detach(self) -> None:
        """Stops listening to the document (the window is closing)."""
        self.document.events.unsubscribe(CHANGED, self._document_changed)

    def touch(self) -> None:
        """Notes that the drawing changed."""
        self.version += 1
        self.touched.emit()

    def set_readable(self, readable: legible.Readable) -> None:
        """How names drawn alone are sized (larger in projector view); items redraw their names."""
        if readable == self.readable:
            return
        self.readable = readable
        for item in self._items.values():
            item.update()
        for label in self._labels.values():
            label.refresh()   # its bounds: where projector view may draw it larger

    def set_show_handles(self, on: bool) -> None:
        self.show_handles = on
        for item in self._items.values():
            item.update()   # a cached picture of a hovered node still has its handles

    # ---- lookup ---------------------------------------------------------
    def item(self, item_id: str) -> MapItem | None:
        return self._items.get(item_id)

    def map_items(self) -> list[MapItem]:
        return list(self._items.values())

    def map_rect(self) -> QRectF:
        """Everything drawn: nodes, links, notes, bands and what is laid over them, so Fit Map shows
        the badges under the lowest stages too."""
        return self.bands.boundingRect().united(self.content_rect())

    def content_rect(self) -> QRectF:
        """Nodes, links, notes and what is laid over them, without the bands and their headers."""
        return QRectF(self.overlay_rect).united(self._extent.items_rect())

    def fit_scene_rect(self) -> None:
        """The map and room to pan around it. A scene without a rect of its own makes Qt
        work out the bounds of every item after each change: each frame of a drag."""
        self.setSceneRect(self._with_room())

    def _with_room(self) -> QRectF:
        return self.map_rect().adjusted(-SCENE_MARGIN, -SCENE_MARGIN, SCENE_MARGIN, SCENE_MARGIN)

    def _grow_scene_rect(self, rect: QRectF) -> None:
        """Room for an item taken beyond the scene's rect (while dragged)."""
        if not self.sceneRect().contains(rect):
            room = rect.adjusted(-SCENE_MARGIN, -SCENE_MARGIN, SCENE_MARGIN, SCENE_MARGIN)
            self.setSceneRect(self.sceneRect().united(room))

    def top_item_at(self, pos: QPointF, kinds=("node", "note", "link")) -> MapItem | None:
        for item in self.items(pos):
            if isinstance(item, MapItem) and item.kind in kinds:
                return item
        return None

    def node_handle_at(self, pos: QPointF) -> NodeItem | None:
        """The node whose edge handle is under `pos` (handles show on hover and selection)."""
        for item in self.items(QRectF(pos.x() - 12, pos.y() - 12, 24, 24)):
            if isinstance(item, NodeItem) and item.handle_at(pos):
                return item
        return None

    # ---- selection --------------------------------------------------------
    def selected_ids(self) -> list[str]:
        """Selected ids in the order they were picked."""
        return list(self._picked)

    def select_ids(self, ids) -> None:
        """Selects `ids`, picked in that order (so the shared selection hears back what it said, once)."""
        wanted = {i: None for i in ids if i in self._items}
        self.blockSignals(True)
        # Only the items whose state changes: asking every item (and Qt for its selected ones) made a
        # Select All of 5,000 stages walk 10,000 items three times.
        for item_id in set(self._picked).difference(wanted):
            self._items[item_id].setSelected(False)
        for item_id in wanted:
            self._items[item_id].setSelected(True)
        self.blockSignals(False)
        self._selection_changed(order=list(wanted), now=set(wanted))

    def _selection_changed(self, order: list[str] | None = None, now=None) -> None:
        """`now`: the selected ids when the caller knows them (else Qt is asked)."""
        if now is None:
            now = {item.item_id for item in self.selectedItems() if isinstance(item, MapItem)}
        picked = [i for i in (self._picked if order is None else order) if i in now]
        picked += sorted(now.difference(picked))
        if picked != self._picked:
            self._picked = picked
            self.selected_ids_changed.emit()

    # ---- badges -------------------------------------------------------------
    def set_badges(self, badges: dict[str, str]) -> None:
        """Marks items with a problem: {id: "error" | "warning"}; others lose their badge. Only the
        items named now or last time are visited (most links of a big map never have one)."""
        items = self._items
        for item_id in self._badged.difference(badges):
            if item_id in items:
                items[item_id].set_badge(None)
        for item_id, severity in badges.items():
            if item_id in items:
                items[item_id].set_badge(severity)
        self._badged = set(badges)
        self.touch()

    # ---- building -------------------------------------------------------------
    def _build(self) -> None:
        """One item per node, note and link. Nodes and notes work out their shapes when first drawn
        (`Deferred`); links are shaped at once, in one pass over their fans, for the map's bounds."""
        doc = self.document
        self._file_all([self._add(NodeItem, node.id, self._deferred_node(node.id)) for node in doc.nodes()]
                       + [self._add(NoteItem, note.id, self._deferred_note(note.id)) for note in doc.notes()])
        links = geo.all_links(doc)
        self._shapes.seed_links(doc, links)
        self._file_all([self._add_link(link_id, geometry) for link_id, geometry in links.items()])
        for link in doc.links():
            self._pair(link.id, frozenset((link.source, link.target)))
        self._set_bands()

    def _deferred_node(self, node_id: str) -> Deferred:
        node = self.document.node(node_id)
        return Deferred(geo.node_box(node), self._node_shape, node_id, node)

    def _node_back(self, node_id: str) -> Deferred:
        """The shape of a node new in the scene. An item coming back (undo) that showed this very node
        object when it went keeps what it had, its box and any shape worked out (a step that changes
        the lanes or the language shapes every item again after)."""
        item = self._back.get(node_id)
        kept = item.deferred_from(self.document.node(node_id)) if item is not None else None
        return kept or self._deferred_node(node_id)

    def _deferred_note(self, note_id: str) -> Deferred:
        return Deferred(geo.note_box(self.document.note(note_id)), self._note_shape, note_id)

    def _add(self, item_type: type[MapItem], item_id: str, geometry) -> MapItem:
        """The item of `item_id` in the scene (the caller files it: `_file_all`)."""
        item = self._back.pop(item_id, None)
        if type(item) is item_type:
            item.come_back(geometry)
        else:
            item = item_type(item_id, geometry, self._cache_mode)
        self._items[item_id] = item
        if self.marks.layers:  # no marks shown (the usual case): nothing to look up per item
            item.set_mark(self.marks.mark_of(item_id))
        self.addItem(item)
        return item

    def set_item_caching(self, on: bool) -> None:
        """Screen pixmaps per item pay off close up; far out the overview picture does that job,
        and thousands of tiny pixmaps would only cost memory."""
        mode = QGraphicsItem.CacheMode.DeviceCoordinateCache if on else QGraphicsItem.CacheMode.NoCache
        if mode != self._cache_mode:
            self._cache_mode = mode
            for item in [*self._items.values(), *self._gone.values(), *self._labels.values(), self.bands]:
                item.setCacheMode(mode)

    def _add_link(self, link_id: str, geometry) -> MapItem:
        item = self._add(LinkItem, link_id, geometry)
        self._label_follows(link_id)
        return item

    def _label_follows(self, link_id: str) -> None:
        """Only a labelled link has a label item: an empty one would sit at (0, 0) in the scene's
        index, and every view of the origin would look at all of them."""
        link = self._items[link_id]
        label = self._labels.get(link_id)
        if link.geometry.label is None:
            if label is not None:
                self.removeItem(self._labels.pop(link_id))
        elif label is None:
            label = self._labels[link_id] = LabelItem(link)
            label.setCacheMode(self._cache_mode)
            self.addItem(label)
        else:
            label.refresh()

    def _filed(self, item: MapItem) -> None:
        """Notes the item's bounds (and a node's box under its phase) as they are now."""
        node = self.document.node(item.item_id) if item.kind == "node" else None
        self._extent.put(item, getattr(node, "phase", None))

    def _file_all(self, items: list[MapItem]) -> None:
        """Notes the bounds of items new in the scene, all at once (thousands on opening or undo)."""
        doc = self.document
        phases = {item.item_id: getattr(doc.node(item.item_id), "phase", None)
                  for item in items if item.kind == "node"} if doc.phases() else {}
        self._extent.put_all(items, phases)

    def _reshape(self, item_id: str, geometry) -> None:
        item = self._items[item_id]
        item.set_geometry(geometry)
        self._filed(item)

    def _drop_all(self, ids: set[str]) -> None:
        """Drops the items `ids`. Qt keeps the scene's items in one list and takes a removed one off
        its front at no cost, from anywhere else by moving the rest of the list along: many items
        go in the order they were added, and the bands (added first, and staying) step out before
        them and come back after (drawn below everything, whatever their place in the list)."""
        many = len(ids) > BULK
        items, labels, gone, remove = self._items, self._labels, self._gone, self.removeItem  # looked up once
        if many:
            remove(self.bands)
        for item_id in [item_id for item_id in items if item_id in ids] if many else ids:
            item = items.pop(item_id, None)
            if item is not None:
                remove(item)
                gone[item_id] = item
            label = labels.pop(item_id, None)
            if label is not None:
                remove(label)
        if many:
            self.addItem(self.bands)

    def refresh_bands(self) -> None:
        self._set_bands()
        self.touch()

    def _set_bands(self) -> None:
        facts = self._extent.band_facts()
        self.bands.set_bands(geo.lane_bands(self.document, facts), geo.phase_bands(self.document, facts))

    def set_link_geometry(self, link_id: str, geometry) -> None:
        self._reshape(link_id, geometry)
        self._label_follows(link_id)

    def _refresh_links(self, links) -> None:
        for link in links:
            if link.id in self._items:
                self.set_link_geometry(link.id, self._shapes.link(self.document, link.id))

    def _pair(self, link_id: str, ends: frozenset | None) -> frozenset | None:
        """Files the link under its two nodes (None: it is gone); the two it was filed under before."""
        old = self._ends.pop(link_id, None)
        if old is not None:
            self._pairs[old].discard(link_id)
            if not self._pairs[old]:
                del self._pairs[old]
        if ends is not None:
            self._ends[link_id] = ends
            self._pairs.setdefault(ends, set()).add(link_id)
        return old

    def rebuild(self) -> None:
        """Fresh geometry for every item (the map's language, lanes or lane height changed)."""
        doc = self.document
        links = geo.all_links(doc)
        self._shapes.seed_links(doc, links)
        for item_id, item in self._items.items():
            if item_id in links:
                self.set_link_geometry(item_id, links[item_id])
            else:
                self._reshape(item_id, self._deferred_node(item_id) if item.kind == "node" else self._deferred_note(item_id))
        self._set_bands()

    # ---- drag preview -----------------------------------------------------------
    def preview_move(self, offsets: dict[str, tuple[float, float]]) -> None:
        """Shows nodes and notes moved by `offsets` (scene units) without touching the model."""
        moved_doc = MovedDocument(self.document, offsets)
        self.touch()
        touched = set()
        for item_id, (dx, dy) in offsets.items():
            self._items[item_id].setPos(dx, dy)
            self._grow_scene_rect(self._items[item_id].sceneBoundingRect())
            if self.document.has_node(item_id):
                touched.update(link.id for link in self.document.links_of(item_id))
        for link_id in touched:
            link = self.document.link(link_id)
            if link.source in offsets and link.target in offsets and offsets[link.source] == offsets[link.target]:
                self._items[link_id].setPos(*offsets[link.source])
                if link_id in self._labels:
                    self._labels[link_id].setPos(*offsets[link.source])
            else:
                self.set_link_geometry(link_id, geo.link_geometry(moved_doc, link_id))
        self.drag_previewed.emit(offsets)

    def end_preview(self, offsets: dict[str, tuple[float, float]]) -> None:
        """Puts previewed items back where the model has them (after a cancelled drag)."""
        self.touch()
        for item_id in offsets:
            self._items[item_id].setPos(0.0, 0.0)
        links = {link.id: link for i in offsets if self.document.has_node(i) for link in self.document.links_of(i)}
        self._refresh_links(links.values())
        self.drag_previewed.emit({})

    # ---- model changes ---------------------------------------------------------
    def _document_changed(self, change: Change) -> None:
        # Items leave the selection as they go: one selection change at the end, not one per item.
        blocked = self.blockSignals(True)
        # Thousands of items coming: Qt's index is built again once, when next asked, instead of
        # being updated item by item. Thousands going keep it: taking an item out of the index is
        # cheap, while switching it off sorts every item, and Qt's list without an index, in drawing
        # order, is searched from its front for each item removed (quadratic: removing 40,000 items
        # of a bare scene took 120 ms so, 45 from the index).
        parts = (change.nodes, change.links, change.notes)
        bulk = sum(len(part.added) for part in parts) > BULK
        if bulk or sum(len(part.removed) for part in parts) > BULK:
            self.update()   # everything is drawn again: Qt then notes nothing item by item
        if bulk:
            self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)
        self._back, self._gone = self._gone, {}
        away = len(self._back)
        try:
            self._follow(change)
            if len(self._back) < away:
                QPixmapCache.clear()   # items came back: their old pictures go (MapItem.come_back)
        finally:
            self._back = {}  # what this step did not bring back is let go
            self.blockSignals(blocked)
            if bulk:
                self._index_again()   # signals on: the new index hears of the scene's rect
        # A step only takes items away from the selection (those it removed): no need to ask Qt.
        self._selection_changed(now={i for i in self._picked if i in self._items})
        self.touch()
        if self.readable.label_px:   # projector view places larger labels by all that is near them
            for label in self._labels.values():
                label.update()

    def _index_again(self) -> None:
        """Qt's index back on, built when next asked. A new index learns the scene's rect only when the
        rect changes: without it, it is one cell, and every repaint looked at every item. A rect that
        grows (thousands of items back) is set first, so the index is built once; one that shrinks is
        left to the views, as after any step (it moves their scroll bars)."""
        wanted = self._with_room()
        if wanted.contains(self.sceneRect()):
            self.setSceneRect(wanted)
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.BspTreeIndex)
        self.sceneRectChanged.emit(self.sceneRect())

    def _follow(self, change: Change) -> None:
        doc, nodes, notes = self.document, change.nodes, change.notes
        self._drop_all(nodes.removed | notes.removed | change.links.removed)
        self._extent.drop(nodes.removed | notes.removed | change.links.removed)
        self._file_all([self._add(NodeItem, node_id, self._node_back(node_id))
                        for node_id in doc.in_node_order(nodes.added)]   # stacked as on opening
                       + [self._add(NoteItem, note_id, self._deferred_note(note_id)) for note_id in notes.added])
        stale = self._follow_links(change)
        if change.lanes or REBUILT_BY & change.info:
            self.rebuild()  # every shape, and the bands
            return
        for note_id in notes.changed():
            self._reshape(note_id, geo.note_geometry(doc, note_id))
        for node_id in nodes.changed():
            self._reshape(node_id, self._shapes.node(doc, node_id))
            if node_id in nodes.moved:
                stale.update(link.id for link in doc.links_of(node_id))
        for link_id in stale - change.links.added:  # a new link got its shape with its item
            self.set_link_geometry(link_id, self._shapes.link(doc, link_id))
        if nodes or notes or change.phases:
            self.refresh_bands()

    def _follow_links(self, change: Change) -> set[str]:
        """Adds and drops link items; the ids of the links whose shape is stale: the edited ones, and
        those that share their two nodes with a link that came, went or changed (they fan apart)."""
        doc, links, pairs = self.document, change.links, set()
        for link_id in links.removed:
            pairs.add(self._pair(link_id, None))
        for link_id in links.changed() | links.added:
            link = doc.link(link_id)
            ends = frozenset((link.source, link.target))
            pairs.update((ends, self._pair(link_id, ends)))
        self._file_all([self._add_link(link_id, geometry)
                        for link_id, geometry in self._shapes.links(doc, links.added).items()])
        stale = links.changed()
        for ends in pairs - {None}:
            stale.update(self._pairs.get(ends, ()))
        return stale
