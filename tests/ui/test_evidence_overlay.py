"""View ▸ Evidence on the Map: deal volume, plan-versus-actual badges, the biggest drop and ghost links
for the steps the map lacks, through the real View action and real clicks on the canvas."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu

from salesmap_studio.export import qt_paint
from salesmap_studio.persistence import load
from salesmap_studio.ui.canvas.overlay_items import BadgeItem, GhostLabelItem, GhostLinkItem, VolumeItem

OVERLAY = (BadgeItem, VolumeItem, GhostLinkItem, GhostLabelItem)

from ..evidence.helpers import FIVE_STEP
from .evidence_helpers import window_with_history
from .helpers import LEFT, NO_KEYS, at, pick_from_context_menu

# A and B go the map's way; C and D jump from Prospect straight to Close (a step the map lacks);
# E and F drop out at Connect, the biggest exodus (2 of 4 that entered).
HISTORY = """deal,stage,date,status
A,Prospect,2025-01-01,
A,Connect,2025-01-03,
A,Research,2025-01-05,
A,Present,2025-01-08,
A,Close,2025-01-10,
A,Closed won,2025-01-12,won
B,Prospect,2025-01-01,
B,Connect,2025-01-05,
B,Research,2025-01-06,
B,Present,2025-01-09,
B,Close,2025-01-12,
B,Closed won,2025-01-15,won
C,Prospect,2025-01-01,
C,Close,2025-01-06,
C,Closed won,2025-01-09,won
D,Prospect,2025-01-02,
D,Close,2025-01-04,
D,Closed won,2025-01-08,won
E,Prospect,2025-01-01,
E,Connect,2025-01-02,lost
F,Prospect,2025-01-01,
F,Connect,2025-01-05,lost
"""


def _window(window_for, qtbot, monkeypatch, tmp_path):
    path = tmp_path / "deals.csv"
    path.write_text(HISTORY)
    return window_with_history(window_for, qtbot, monkeypatch, path)


def _overlay(window, kind):
    return [item for item in window.canvas.scene().items() if isinstance(item, kind)]


def _text(badge: BadgeItem) -> list[str]:
    return ["".join(text for text, _ in line) for line in badge.lines]


def _hovered_tip(window, badge: BadgeItem) -> str:
    """The tooltip the pointer finds on the badge (it is worded when the pointer first comes)."""
    window.canvas.centerOn(badge.rect.center())
    viewport = window.canvas.viewport()
    QTest.mouseMove(viewport, QPoint(2, 2))   # from elsewhere: a pointer already there would not move
    QTest.mouseMove(viewport, window.canvas.mapFromScene(badge.rect.center()))
    return badge.toolTip()


def _visible_point(window, ghost: GhostLinkItem):
    """A viewport pixel on the ghost's dashed curve, scrolled into view."""
    point = qt_paint.link_path(ghost.geometry).pointAtPercent(0.5)
    window.canvas.centerOn(point)
    return window.canvas.mapFromScene(point)


def test_the_view_action_lays_volume_badges_drop_and_ghosts_over_the_map(window_for, qtbot, monkeypatch, tmp_path):
    window = _window(window_for, qtbot, monkeypatch, tmp_path)
    before = window.document.to_dict()
    action = window.evidence_overlay.action
    assert action in window.menus["view"].actions() and action.isEnabled() and action.shortcut().toString()
    action.trigger()
    badges = {badge.node_id: badge for badge in _overlay(window, BadgeItem)}
    assert set(badges) == {"prospect", "connect", "research", "present", "close"}
    # Connect: 2 of 4 moved on (50 % against 80 % planned); A stayed 2 days, B 1 (E, F never left): 1.5.
    assert _text(badges["connect"]) == ["plan 80% · actual 50%", "1.5 d (plan 10 d)", "Biggest drop-out: 2 of 4"]
    assert [badge.node_id for badge in badges.values() if badge.drop] == ["connect"]
    assert "Dropped out: 2 of 4." in _hovered_tip(window, badges["connect"])   # no "deals" needing a plural
    assert _text(badges["present"]) == ["plan 80% · actual 100%", "2.5 d (plan 10 d)"]
    for node_id, badge in badges.items():   # under the stage's box: never over its name
        assert badge.rect.top() >= window.canvas.scene().item(node_id).box().bottom()
    volumes = {item.link_id: item for item in _overlay(window, VolumeItem)}
    assert {link_id: item.count for link_id, item in volumes.items()} == {
        "l1": "4", "l2": "2", "l3": "2", "l5": "2", "l6": "2", "l7": "4"}
    assert volumes["l1"].width == volumes["l7"].width > volumes["l5"].width   # the most deals, the widest
    ghosts = _overlay(window, GhostLinkItem)
    assert [(g.source, g.target) for g in ghosts] == [("prospect", "close")]
    assert [line.text for line in ghosts[0].geometry.label.lines] == ["deals: 2"]
    action.trigger()   # off again
    assert not _overlay(window, OVERLAY)
    assert window.document.to_dict() == before and window.undo_stack.count() == 0


def test_clicking_a_ghost_link_adds_it_to_the_map_as_one_undo_step(window_for, qtbot, monkeypatch, tmp_path):
    window = _window(window_for, qtbot, monkeypatch, tmp_path)
    before = window.document.to_dict()
    window.evidence_overlay.action.trigger()
    ghost = _overlay(window, GhostLinkItem)[0]
    qtbot.mouseClick(window.canvas.viewport(), Qt.MouseButton.LeftButton, pos=_visible_point(window, ghost))
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
    menu = QApplication.activePopupWidget()
    add = next(a for a in menu.actions() if a.text() == "Add to Map")
    qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(add).center())
    links = [(link["source"], link["target"], link["kind"]) for link in window.document.to_dict()["links"]]
    assert ("prospect", "close", "flow") in links and len(links) == len(before["links"]) + 1
    assert window.undo_stack.count() == 1
    # The ghost became a link: no ghost left, and the new link carries the two deals.
    assert not _overlay(window, GhostLinkItem)
    assert "2" in [item.count for item in _overlay(window, VolumeItem)]
    window.menu_actions["Undo"].trigger()
    assert window.document.to_dict() == before
    assert [(g.source, g.target) for g in _overlay(window, GhostLinkItem)] == [("prospect", "close")]


def test_a_ghost_links_context_menu_offers_add_to_map(window_for, qtbot, monkeypatch, tmp_path):
    window = _window(window_for, qtbot, monkeypatch, tmp_path)
    window.evidence_overlay.action.trigger()
    pick_from_context_menu(window, _visible_point(window, _overlay(window, GhostLinkItem)[0]), "Add to Map")
    assert ("prospect", "close") in [(link.source, link.target) for link in window.document.links()]
    assert window.undo_stack.count() == 1


def test_unloading_the_history_takes_the_overlay_away(window_for, qtbot, monkeypatch, tmp_path):
    window = _window(window_for, qtbot, monkeypatch, tmp_path)
    before = window.document.to_dict()
    action = window.evidence_overlay.action
    action.trigger()
    assert _overlay(window, BadgeItem)
    window.unload_history_action.trigger()
    assert not action.isEnabled() and not action.isChecked()
    assert not _overlay(window, OVERLAY)
    assert not window.unload_history_action.isEnabled() and window.document.to_dict() == before


def test_the_overlay_follows_an_edit_and_never_enters_the_document(window_for, qtbot, monkeypatch, tmp_path):
    window = _window(window_for, qtbot, monkeypatch, tmp_path)
    window.evidence_overlay.action.trigger()
    window.modeling.set_node_fields("connect", conversion_rate=0.5)   # the plan now matches what happened
    badge = next(b for b in _overlay(window, BadgeItem) if b.node_id == "connect")
    assert _text(badge)[0] == "plan 50% · actual 50%"
    window.modeling.remove(["close"])   # its ghost and its badge go with it
    assert not _overlay(window, GhostLinkItem)
    assert "close" not in {b.node_id for b in _overlay(window, BadgeItem)}
    saved = window.document.to_dict()
    window.evidence_overlay.action.trigger()
    assert window.document.to_dict() == saved


def test_a_map_opened_beside_it_has_no_overlay(window_for, qtbot, monkeypatch, tmp_path):
    window = _window(window_for, qtbot, monkeypatch, tmp_path)
    window.evidence_overlay.action.trigger()
    other = window_for(load(FIVE_STEP))
    assert not other.evidence_overlay.action.isEnabled()
    assert not _overlay(other, OVERLAY)


def test_the_badges_speak_the_ui_language(window_for, qtbot, monkeypatch, tmp_path, german):
    window = _window(window_for, qtbot, monkeypatch, tmp_path)
    window.evidence_overlay.action.trigger()
    badge = next(b for b in _overlay(window, BadgeItem) if b.node_id == "connect")
    assert _text(badge) == ["Plan 80 % · Ist 50 %", "1,5 T (Plan 10 T)", "Größter Abgang: 2 von 4"]
    assert "Ausgestiegen: 2 von 4." in _hovered_tip(window, badge)
    assert window.evidence_overlay.action.text() == "&Ist-Vergleich auf der Karte"


def test_an_export_with_the_overlay_on_shows_the_map_only(window_for, qtbot, monkeypatch, tmp_path):
    from xml.etree import ElementTree

    from salesmap_studio.export.svg import export_svg

    window = _window(window_for, qtbot, monkeypatch, tmp_path)
    export_svg(window.document, tmp_path / "off.svg")
    window.evidence_overlay.action.trigger()
    export_svg(window.document, tmp_path / "on.svg")
    on = ElementTree.parse(tmp_path / "on.svg")   # read back as XML
    words = " ".join(on.getroot().itertext())
    assert "Prospect" in words and "deals: 2" not in words and "plan 80%" not in words
    assert (tmp_path / "on.svg").read_bytes() == (tmp_path / "off.svg").read_bytes()


def test_a_moved_stage_takes_its_badge_and_links_along(window_for, qtbot, monkeypatch, tmp_path):
    window = _window(window_for, qtbot, monkeypatch, tmp_path)
    window.evidence_overlay.action.trigger()
    close = window.document.node("close")
    window.modeling.move_nodes({"close": (close.x + 300, close.y + 200)})
    box = window.canvas.scene().item("close").box()
    badge = next(b for b in _overlay(window, BadgeItem) if b.node_id == "close")
    assert badge.rect.top() >= box.bottom() and abs(badge.rect.center().x() - box.center().x()) < 1
    ghost = _overlay(window, GhostLinkItem)[0]   # prospect -> close: its arrow ends at the moved box
    tip = ghost.geometry.arrow[0]
    assert box.adjusted(-2, -2, 2, 2).contains(tip[0], tip[1])
    volume = next(v for v in _overlay(window, VolumeItem) if v.link_id == "l7")   # close -> won
    assert volume.path.elementAt(0).x == window.canvas.scene().item("l7").geometry.start[0]


def test_a_stage_dragged_with_the_mouse_takes_its_badge_along_before_the_drop(window_for, qtbot, monkeypatch,
                                                                                 tmp_path):
    """No jump on release: the badge follows the pointer; the stage's bands and ghosts wait for the drop."""
    window = _window(window_for, qtbot, monkeypatch, tmp_path)
    window.evidence_overlay.action.trigger()
    scene, viewport = window.canvas.scene(), window.canvas.viewport()
    box = scene.item("close").box()
    window.canvas.centerOn(box.center())
    badge = next(b for b in _overlay(window, BadgeItem) if b.node_id == "close")
    ghost = _overlay(window, GhostLinkItem)[0]   # prospect -> close
    start = at(window, box.left() + 30, box.center().y())   # inside, clear of the edge handles
    end = start + QPoint(120, 90)
    QTest.mousePress(viewport, LEFT, NO_KEYS, start)
    for step in range(1, 7):
        QTest.mouseMove(viewport, start + (end - start) * step / 6)
    moved = scene.item("close").pos()   # where the drag shows the stage (0, 0 when still)
    assert moved.x() > 50 and moved.y() > 30
    assert badge.pos() == moved and not ghost.isVisible()
    QTest.mouseRelease(viewport, LEFT, NO_KEYS, end)
    after = next(b for b in _overlay(window, BadgeItem) if b.node_id == "close")
    new_box = scene.item("close").box()
    assert new_box.center() == box.center() + moved   # dropped where it was shown
    assert after.rect.top() >= new_box.bottom() and after.pos() == QPointF(0, 0)
    assert all(item.isVisible() for item in _overlay(window, OVERLAY))


def test_fit_map_shows_the_badges_under_the_lowest_stages(window_for, qtbot, monkeypatch, tmp_path):
    window = _window(window_for, qtbot, monkeypatch, tmp_path)
    window.resize(2400, 700)   # wide and low: the map's height decides the fit
    qtbot.waitUntil(lambda: window.canvas.viewport().width() > 3 * window.canvas.viewport().height())
    window.menu_actions["&Fit Map"].trigger()
    window.evidence_overlay.action.trigger()   # on a fitted map: fitted again, badges and all
    canvas = window.canvas

    def shown():
        return canvas.mapToScene(canvas.viewport().rect()).boundingRect()

    assert all(shown().contains(item.sceneBoundingRect()) for item in _overlay(window, BadgeItem))
    canvas.zoom_by(3.0)
    window.menu_actions["&Fit Map"].trigger()
    assert all(shown().contains(item.sceneBoundingRect()) for item in _overlay(window, OVERLAY))
