"""The scene: watches the document's events and keeps one item per id.

A model change updates the one item it concerns (plus the links that hang on
a moved node); the swimlane and phase bands, which span the whole map, are
refreshed once per burst of changes.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene

from ...analysis import geometry as geo
from .items import BandsItem, LabelItem, LinkItem, MapItem, NodeItem, NoteItem
from .moved import MovedDocument

BACKGROUND = QColor("#F7F8FA")
EVENTS = ("node_added", "node_changed", "node_removed", "link_added", "link_changed", "link_removed",
          "note_added", "note_changed", "note_removed", "info_changed", "lanes_changed", "phases_changed")


class MapScene(QGraphicsScene):
    selected_ids_changed = Signal()

    def __init__(self, document, parent=None) -> None:
        super().__init__(parent)
        self.document = document
        self.setBackgroundBrush(BACKGROUND)
        self._items: dict[str, MapItem] = {}
        self._labels: dict[str, LabelItem] = {}
        self._picked: list[str] = []
        self.version = 0  # counts changes to what is drawn (the far-out picture follows it)
        self.show_handles = True  # a node's link handles on hover; off while presenting
        self._cache_mode = QGraphicsItem.CacheMode.DeviceCoordinateCache
        self._map_rect: tuple[int, QRectF] = (-1, QRectF())
        self._pairs: dict[frozenset, set[str]] = {}  # links by the two nodes they join
        self.bands = BandsItem()
        self.addItem(self.bands)
        self._bands_timer = QTimer(self, singleShot=True, interval=0)
        self._bands_timer.timeout.connect(self.refresh_bands)
        self._build()
        for name in EVENTS:
            document.events.subscribe(name, getattr(self, "_on_" + name))
            document.events.subscribe(name, self.touch)
        self.selectionChanged.connect(self._selection_changed)

    def detach(self) -> None:
        """Stops listening to the document (the window is closing)."""
        for name in EVENTS:
            self.document.events.unsubscribe(name, getattr(self, "_on_" + name))
            self.document.events.unsubscribe(name, self.touch)

    def touch(self, *_changed) -> None:
        """Notes that the drawing changed."""
        self.version += 1

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
        """Everything drawn: nodes, links, notes and bands (worked out once per change)."""
        if self._map_rect[0] != self.version:
            rect = self.bands.boundingRect()
            for item in self._items.values():
                rect = rect.united(item.boundingRect())
            self._map_rect = (self.version, rect)
        return QRectF(self._map_rect[1])

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
        wanted = set(ids)
        self.blockSignals(True)
        for item in self._items.values():
            item.setSelected(item.item_id in wanted)
        self.blockSignals(False)
        self._selection_changed()

    def _selection_changed(self) -> None:
        now = {item.item_id for item in self.selectedItems() if isinstance(item, MapItem)}
        picked = [i for i in self._picked if i in now]
        picked += sorted(now.difference(picked))
        if picked != self._picked:
            self._picked = picked
            self.selected_ids_changed.emit()

    # ---- badges -------------------------------------------------------------
    def set_badges(self, badges: dict[str, str]) -> None:
        """Marks items with a problem: {id: "error" | "warning"}; others lose their badge."""
        for item_id, item in self._items.items():
            item.set_badge(badges.get(item_id))
        self.touch()

    # ---- building -------------------------------------------------------------
    def _build(self) -> None:
        whole = geo.map_geometry(self.document)
        for node_id, geometry in whole.nodes.items():
            self._add(NodeItem(node_id, geometry))
        for note_id, geometry in whole.notes.items():
            self._add(NoteItem(note_id, geometry))
        for link_id, geometry in whole.links.items():
            self._add_link(link_id, geometry)
        for link in self.document.links():
            self._pair(link, add=True)
        self.bands.set_bands(whole.lanes, whole.phases)

    def _add(self, item: MapItem) -> None:
        item.setCacheMode(self._cache_mode)
        self._items[item.item_id] = item
        self.addItem(item)

    def set_item_caching(self, on: bool) -> None:
        """Screen pixmaps per item pay off close up; far out the overview picture does that job,
        and thousands of tiny pixmaps would only cost memory."""
        mode = QGraphicsItem.CacheMode.DeviceCoordinateCache if on else QGraphicsItem.CacheMode.NoCache
        if mode != self._cache_mode:
            self._cache_mode = mode
            for item in [*self._items.values(), *self._labels.values(), self.bands]:
                item.setCacheMode(mode)

    def _add_link(self, link_id: str, geometry) -> None:
        item = LinkItem(link_id, geometry)
        self._add(item)
        label = LabelItem(item)
        label.setCacheMode(self._cache_mode)
        self._labels[link_id] = label
        self.addItem(label)

    def _drop(self, item_id: str) -> None:
        item = self._items.pop(item_id, None)
        if item is not None:
            self.removeItem(item)
        label = self._labels.pop(item_id, None)
        if label is not None:
            self.removeItem(label)

    def refresh_bands(self) -> None:
        self.bands.set_bands(geo.lane_bands(self.document), geo.phase_bands(self.document))
        self.touch()

    def _bands_later(self) -> None:
        self._bands_timer.start()

    def set_link_geometry(self, link_id: str, geometry) -> None:
        self._items[link_id].set_geometry(geometry)
        self._labels[link_id].refresh()

    def _refresh_links(self, links) -> None:
        for link in links:
            if link.id in self._items:
                self.set_link_geometry(link.id, geo.link_geometry(self.document, link.id))

    def _pair_links(self, link) -> list:
        """The links that join the same two nodes (their geometry fans them apart)."""
        ids = self._pairs.get(frozenset((link.source, link.target)), ())
        return [self.document.link(i) for i in ids if self.document.has_link(i)]

    def _pair(self, link, add: bool) -> None:
        key = frozenset((link.source, link.target))
        ids = self._pairs.setdefault(key, set())
        (ids.add if add else ids.discard)(link.id)
        if not ids:
            del self._pairs[key]

    def rebuild(self) -> None:
        """Fresh geometry for every item (the map's language, lanes or lane height changed)."""
        whole = geo.map_geometry(self.document)
        for item_id, item in self._items.items():
            fresh = whole.nodes.get(item_id) or whole.notes.get(item_id)
            if fresh is not None:
                item.set_geometry(fresh)
            else:
                self.set_link_geometry(item_id, whole.links[item_id])
        self.bands.set_bands(whole.lanes, whole.phases)

    # ---- drag preview -----------------------------------------------------------
    def preview_move(self, offsets: dict[str, tuple[float, float]]) -> None:
        """Shows nodes and notes moved by `offsets` (scene units) without touching the model."""
        moved_doc = MovedDocument(self.document, offsets)
        self.touch()
        touched = set()
        for item_id, (dx, dy) in offsets.items():
            self._items[item_id].setPos(dx, dy)
            if self.document.has_node(item_id):
                touched.update(link.id for link in self.document.links_of(item_id))
        for link_id in touched:
            link = self.document.link(link_id)
            if link.source in offsets and link.target in offsets and offsets[link.source] == offsets[link.target]:
                self._items[link_id].setPos(*offsets[link.source])
                self._labels[link_id].setPos(*offsets[link.source])
            else:
                self.set_link_geometry(link_id, geo.link_geometry(moved_doc, link_id))

    def end_preview(self, offsets: dict[str, tuple[float, float]]) -> None:
        """Puts previewed items back where the model has them (after a cancelled drag)."""
        self.touch()
        for item_id in offsets:
            self._items[item_id].setPos(0.0, 0.0)
        links = {link.id: link for i in offsets if self.document.has_node(i) for link in self.document.links_of(i)}
        self._refresh_links(links.values())

    # ---- model events ---------------------------------------------------------
    def _on_node_added(self, node, index) -> None:
        self._add(NodeItem(node.id, geo.node_geometry(self.document, node.id)))
        self._bands_later()

    def _on_node_changed(self, old, new) -> None:
        self._items[new.id].set_geometry(geo.node_geometry(self.document, new.id))
        if (old.x, old.y) != (new.x, new.y):
            self._refresh_links(self.document.links_of(new.id))
        self._bands_later()

    def _on_node_removed(self, node) -> None:
        self._drop(node.id)
        self._bands_later()

    def _on_link_added(self, link, index) -> None:
        self._pair(link, add=True)
        self._add_link(link.id, geo.link_geometry(self.document, link.id))
        siblings = self._pair_links(link)
        if len(siblings) > 1:
            self._refresh_links(siblings)

    def _on_link_changed(self, old, new) -> None:
        self._pair(old, add=False)
        self._pair(new, add=True)
        self._refresh_links([new, *self._pair_links(old), *self._pair_links(new)])

    def _on_link_removed(self, link) -> None:
        self._pair(link, add=False)
        self._drop(link.id)
        if self.document.has_node(link.source) and self.document.has_node(link.target):
            self._refresh_links(self._pair_links(link))

    def _on_note_added(self, note, index) -> None:
        self._add(NoteItem(note.id, geo.note_geometry(self.document, note.id)))
        self._bands_later()

    def _on_note_changed(self, old, new) -> None:
        self._items[new.id].set_geometry(geo.note_geometry(self.document, new.id))
        self._bands_later()

    def _on_note_removed(self, note) -> None:
        self._drop(note.id)
        self._bands_later()

    def _on_info_changed(self, old, new) -> None:
        if (old.language, old.lane_height) != (new.language, new.lane_height):
            self.rebuild()

    def _on_lanes_changed(self) -> None:
        self.rebuild()

    def _on_phases_changed(self) -> None:
        self.refresh_bands()
