"""View ▸ Evidence on the Map: the loaded deal history laid over the canvas.

Each link as wide as the deals that took it (square-root scale, with the count where it fits), a
badge under each stage ("plan 60 % · actual 42 % · 9 d"), the stage with the biggest exodus
outlined in red, and the transitions the deals took that the map lacks as dashed ghost links; a
click on one offers "Add to Map" (one undo step, through `Modeling`).

The figures are the Evidence panel's report (`evidence.overlay` only reads them). The items are
built when the overlay is switched on, when evidence is loaded, and after each change of the
document, never per frame; while the overlay is off nothing listens and nothing is drawn. The
overlay is scene items only: the document and every export (drawn from `analysis/geometry`) never
see it.
"""

from __future__ import annotations

import dataclasses
import math
from types import SimpleNamespace
from typing import Callable

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QPointF, QRectF
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QGraphicsItem

from ..analysis.geometry.links import link_shape_geometry
from ..evidence.overlay import (OverlayFigures, StageBadge, link_volume, missing_transitions, overlay_figures,
                                stage_badge)
from ..model.events import CHANGED
from ..export import qt_paint
from .canvas.overlay_items import (DROP, GHOST, INK, BadgeItem, GhostLinkItem, Segment, VolumeItem,
                                   count_pill)
from .canvas.scene import REBUILT_BY
from .funnel_words import decimal_text, percent_text

translate = QCoreApplication.translate
SHORTCUT = "Ctrl+Shift+E"
THIN, THICK = 1.5, 10.0          # the band's width for the fewest and for the most deals
COUNT_FROM = 80.0                # a link shorter than this has no room for its count
COUNT_SPOTS = (0.5, 0.3, 0.7)    # where along a link its count may sit, first choice first
QUIET = "#6B7280"


class EvidenceOverlay(QObject):
    def __init__(self, window, panel) -> None:
        super().__init__(window)
        self.window_, self.panel = window, panel
        self.scene = window.canvas.scene()   # a window keeps its canvas and scene for its whole life
        self.items: dict[tuple, tuple[tuple, QGraphicsItem]] = {}   # key -> (what it shows, item)
        self.listening = False
        self.most, self.biggest_drop = 0, None   # as the last full build found them
        self.bounds = QRectF()   # of every overlay item, in the scene (items sit at (0, 0))
        self.dragged: list[QGraphicsItem] = []   # moved along or hidden while a drag is previewed
        self.action = QAction(translate("EvidenceOverlay", "E&vidence on the Map"), window)
        self.action.setCheckable(True)
        self.action.setShortcut(QKeySequence(SHORTCUT))
        self.action.setStatusTip(translate("EvidenceOverlay", "Lays the loaded deal history over the map: deal volume, "
                                                              "plan against actual, the biggest drop-out and the steps "
                                                              "the map lacks"))
        self.action.setEnabled(False)
        self.action.toggled.connect(self._switched)
        panel.evidence_changed.connect(self._evidence_changed)
        self.scene.drag_previewed.connect(self._follow_drag)

    def _evidence_changed(self) -> None:
        loaded = self.panel.data is not None
        self.action.setEnabled(loaded)
        if not loaded:
            self.action.setChecked(False)   # unloaded: the overlay goes with it
        elif self.action.isChecked():
            self.rebuild()

    def _switched(self, on: bool) -> None:
        document = self.window_.document
        if on and not self.listening:
            document.events.subscribe(CHANGED, self._document_changed)
        elif not on and self.listening:
            document.events.unsubscribe(CHANGED, self._document_changed)
        self.listening = on
        self.rebuild() if on else self.clear()
        canvas = self.window_.canvas
        if canvas.keeps_fitted():   # the map fitted before: fitted with (or without) the badges now
            canvas.fit_map()

    def _follow_drag(self, offsets: dict[str, tuple[float, float]]) -> None:
        """While stages are dragged their badges go along, and so does a band whose two ends move
        together; the other bands and ghost links of theirs are hidden until the drop draws them anew."""
        self._drag_ended()
        doc = self.window_.document
        for item_id, (dx, dy) in offsets.items():
            self._drag_along(self.items.get(("badge", item_id)), dx, dy)
            for link in doc.links_of(item_id) if doc.has_node(item_id) else ():
                together = offsets.get(link.source) == offsets.get(link.target)
                self._drag_along(self.items.get(("volume", link.id)), dx, dy, hide=not together)
        for key, (_, item) in self.items.items():
            if key[0] == "ghost" and (key[1] in offsets or key[2] in offsets):
                self._drag_along((None, item), 0.0, 0.0, hide=True)

    def _drag_along(self, entry, dx: float, dy: float, hide: bool = False) -> None:
        for part in _parts(entry[1]) if entry is not None else ():
            part.setPos(dx, dy)
            part.setVisible(not hide)
            self.dragged.append(part)

    def _drag_ended(self) -> None:
        for part in self.dragged:
            part.setPos(0.0, 0.0)
            part.setVisible(True)
        self.dragged = []

    def _document_changed(self, change) -> None:
        self._drag_ended()   # dropped: what moved is drawn again where it now is
        nodes = change.nodes
        if nodes.added or nodes.removed or change.links or change.lanes or REBUILT_BY & change.info:
            self.rebuild()
        elif nodes:
            self._refresh_around(nodes.changed())   # moved or edited: their badges, links and ghosts
        # Notes, phases and other map details: nothing the overlay shows.

    def _refresh_around(self, node_ids: set[str]) -> None:
        """After nodes moved or were edited (none came or went, no link changed): only their items.
        Which stage lost the most deals and the largest volume stay as the last full build found."""
        doc, data = self.window_.document, self.panel.data
        if data is None:
            return
        kept, missing = set(self.items), missing_transitions(doc, data)
        for node_id in node_ids:
            node, badge = self.scene.item(node_id), stage_badge(doc, data, node_id)
            if badge is not None and node is not None:
                drop = node_id == self.biggest_drop
                self._keep(kept, ("badge", node_id), (badge, node.geometry.box, drop), _badge, node, badge, drop)
            elif ("badge", node_id) in self.items:
                self._remove(self.items.pop(("badge", node_id))[1])
            for link in doc.links_of(node_id):
                self._volume_of(kept, link.id, link_volume(data, missing, link))
        for key, (signature, _) in list(self.items.items()):
            if key[0] == "ghost" and node_ids.intersection(key[1:]):
                self._ghost_of(kept, key[1], key[2], signature[0], signature[3])
        self._touched()

    def detach(self) -> None:
        if self.listening:
            self.window_.document.events.unsubscribe(CHANGED, self._document_changed)
            self.listening = False

    # ---- building -----------------------------------------------------------
    def clear(self) -> None:
        for _, item in self.items.values():
            self._remove(item)
        self.items = {}
        self.bounds = QRectF()
        self._touched()   # the far-out picture is drawn again without the overlay

    def rebuild(self) -> None:
        """Brings the items up to date: only those whose figures or shapes changed are made again,
        so an edit on a big map costs about what it touches."""
        if self.panel.data is None:
            self.clear()
            return
        figures = overlay_figures(self.window_.document, self.panel.data)
        self.bounds = QRectF()
        kept: set[tuple] = set()
        self._volumes(figures, kept)
        self._badges(figures, kept)
        self._ghosts(figures, kept)
        for key in [key for key in self.items if key not in kept]:
            self._remove(self.items.pop(key)[1])
        self._touched()

    def _touched(self) -> None:
        """The scene redraws and its map (what Fit Map shows, where one may scroll) takes the
        overlay in; a refresh after a move only grows it, a full build measures it anew."""
        self.scene.overlay_rect = QRectF(self.bounds)
        self.scene.touch()
        self.scene.fit_scene_rect()

    def _keep(self, kept: set, key: tuple, signature: tuple, make: Callable, *args) -> None:
        """Keeps the item under `key` if it shows `signature` already, else makes it again: `make(*args)`."""
        kept.add(key)
        old = self.items.get(key)
        if old is not None and old[0] == signature:
            self.bounds = self.bounds.united(old[1].boundingRect())
            return
        if old is not None:
            self._remove(old[1])
        item = make(*args)
        for part in _parts(item):
            self.scene.addItem(part)
            self.bounds = self.bounds.united(part.boundingRect())
        self.items[key] = (signature, item)

    def _remove(self, item: QGraphicsItem) -> None:
        for part in _parts(item):
            self.scene.removeItem(part)

    def _volumes(self, figures: OverlayFigures, kept: set) -> None:
        self.most = max(figures.volumes.values(), default=0)
        for link_id, count in figures.volumes.items():
            self._volume_of(kept, link_id, count)

    def _volume_of(self, kept: set, link_id: str, count: int) -> None:
        link = self.scene.item(link_id)
        if count and link is not None:
            self._keep(kept, ("volume", link_id), (count, self.most, link.geometry), _volume, link, count, self.most)

    def _badges(self, figures: OverlayFigures, kept: set) -> None:
        self.biggest_drop = figures.biggest_drop
        for node_id, badge in figures.badges.items():
            node = self.scene.item(node_id)
            if node is not None:
                drop = node_id == figures.biggest_drop
                self._keep(kept, ("badge", node_id), (badge, node.geometry.box, drop), _badge, node, badge, drop)

    def _ghosts(self, figures: OverlayFigures, kept: set) -> None:
        seen: dict[frozenset, int] = {}
        for ghost in figures.ghosts:
            pair = frozenset((ghost.source, ghost.target))
            # Above the row, clear of the map's own arcs between the two and of the ghost the other way.
            seen[pair] = seen[pair] + 1 if pair in seen else self._arcs_between(ghost.source, ghost.target)
            self._ghost_of(kept, ghost.source, ghost.target, ghost.count, 2 * seen[pair])

    def _ghost_of(self, kept: set, source_id: str, target_id: str, count: int, rank: int) -> None:
        source, target = self.scene.item(source_id), self.scene.item(target_id)
        if source is not None and target is not None:
            self._keep(kept, ("ghost", source_id, target_id), (count, source.geometry.box, target.geometry.box, rank),
                       _ghost, source, target, count, rank, self._adder(source_id, target_id))

    def _arcs_between(self, one: str, other: str) -> int:
        doc = self.window_.document
        return sum(1 for a, b in ((one, other), (other, one)) for link in doc.links_from(a) if link.target == b)

    def _adder(self, source: str, target: str):
        canvas, modeling = self.window_.canvas, self.window_.modeling

        def add() -> None:
            canvas.try_edit(modeling.connect, source, target, kind=modeling.next_branch_kind(source))

        return add

    def overlay_items(self) -> list[QGraphicsItem]:
        return [item for _, item in self.items.values()]


def _parts(item: QGraphicsItem) -> list[QGraphicsItem]:
    """An item and the items that go with it: a ghost link's count."""
    label = item.label_item if isinstance(item, GhostLinkItem) else None
    return [item] if label is None else [item, label]


def _volume(link, count: int, most: int) -> VolumeItem:
    path = qt_paint.link_path(link.geometry)
    width = THIN + (THICK - THIN) * math.sqrt(count / most)
    text = _number(count)
    return VolumeItem(link.item_id, path, width, text, _count_spot(path, link.geometry, text))


def _badge(node, badge: StageBadge, drop: bool) -> BadgeItem:
    box = node.geometry.box
    lines = badge_lines(badge)
    if drop:
        lines.append([(translate("EvidenceOverlay", "Biggest drop-out: {dropped} of {entered}").format(
            dropped=_number(badge.dropped), entered=_number(badge.entered)), DROP)])
    return BadgeItem(node.item_id, QRectF(box.x, box.y, box.w, box.h), lines, drop, badge_tip(badge))


def _ghost(source, target, count: int, rank: int, add) -> GhostLinkItem:
    """Side by side an arc above the two (a straight way would run through the stages skipped);
    one far above the other a curve from the one to the other, as a link would go."""
    label = translate("EvidenceOverlay", "deals: {count}").format(count=_number(count))
    src, dst = source.geometry.box, target.geometry.box
    one_row = abs(src.center[0] - dst.center[0]) >= abs(src.center[1] - dst.center[1])
    link = SimpleNamespace(id="", source=source.item_id, target=target.item_id, kind="objection" if one_row else "flow",
                           points=(), label=label, share=None)
    # An arc's rank lifts it over the map's arcs; a curve's fans it beside the ghost the other way.
    shape = link_shape_geometry(link, src, source.geometry.kind, dst, target.geometry.kind,
                                rank if one_row else rank // 2, 1 if one_row else 2, "en")   # "en": words only yes/no
    return GhostLinkItem(source.item_id, target.item_id, ghost_style(shape), add)


def ghost_style(shape):
    """A link geometry drawn as a ghost: dashed, in the ghost colour, its label too."""
    label = shape.label
    if label is not None:
        background = dataclasses.replace(label.background, stroke=GHOST)
        label = dataclasses.replace(label, background=background,
                                    lines=tuple(dataclasses.replace(line, color=GHOST) for line in label.lines))
    return dataclasses.replace(shape, color=GHOST, width=2.2, dash=(5.0, 4.0), label=label)


def _number(value: int) -> str:
    return QLocale().toString(value)


def _count_spot(path, geometry, text: str) -> QPointF | None:
    """Where along the link its count sits clear of the link's own label; None: no room."""
    if path.length() < COUNT_FROM:
        return None
    label = geometry.label.background.rect if geometry.label is not None else None
    for share in COUNT_SPOTS:
        spot = path.pointAtPercent(path.percentAtLength(path.length() * share))
        if label is None or not count_pill(spot, text).intersects(QRectF(label.x, label.y, label.w, label.h)):
            return spot
    return None


def _percent(share: float | None) -> str:
    return "–" if share is None else percent_text(round(share, 2))


def _days(days: float | None) -> str:
    return "–" if days is None else decimal_text(days, 0 if days >= 10 else 1)


def badge_lines(badge: StageBadge) -> list[list[Segment]]:
    """"plan 60 % · actual 42 %" over "9 d (plan 10 d)" in the UI's words and numbers, what differs
    from the plan in red; two short lines keep the badge about as wide as its stage."""
    dot = (" · ", INK)
    plan = (translate("EvidenceOverlay", "plan {share}").format(share=_percent(badge.planned)), INK)
    if not badge.entered:
        return [[plan, dot, (translate("EvidenceOverlay", "no deals"), qt_paint.qcolor(QUIET))]]
    actual = (translate("EvidenceOverlay", "actual {share}").format(share=_percent(badge.actual)),
              DROP if badge.conversion_differs else INK)
    days = [(translate("EvidenceOverlay", "{days} d").format(days=_days(badge.days)),
             DROP if badge.days_differ else INK)]
    if badge.planned_days is not None:
        days.append((translate("EvidenceOverlay", " (plan {days} d)").format(days=_days(badge.planned_days)), INK))
    return [[plan, dot, actual], days]


def badge_tip(badge: StageBadge) -> str:
    text = translate("EvidenceOverlay", "Planned conversion {plan}, actual {actual}. Dropped out: {dropped} of "
                                        "{entered}. Days in the stage (median) {days}, planned {planned_days}.")
    return text.format(
        plan=_percent(badge.planned), actual=_percent(badge.actual), dropped=_number(badge.dropped),
        entered=_number(badge.entered), days=_days(badge.days), planned_days=_days(badge.planned_days))


def install(window) -> dict:
    overlay = EvidenceOverlay(window, window.evidence_panel)
    view_menu = window.menus["view"]
    panels = window.panels_menu.menuAction()
    view_menu.insertAction(panels, overlay.action)
    view_menu.insertSeparator(panels)
    window.closed.connect(overlay.detach)
    return {"evidence_overlay": overlay}
