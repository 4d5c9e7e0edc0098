"""The main window: menus, files, title, panels, zoom."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QDockWidget

from salesmap_studio.persistence import load, save
from salesmap_studio.ui import extensions, file_actions
from tests.ui.pixels import dark_in, ink_in

CTRL = Qt.KeyboardModifier.ControlModifier


def test_should_have_the_six_menus_with_standard_shortcuts(window_for, doc):
    window = window_for(doc)
    assert set(window.menus) == {"file", "edit", "view", "insert", "arrange", "help"}
    assert window.menu_actions["&Save"].shortcut().toString() == "Ctrl+S"
    assert window.menu_actions["Undo"].shortcut().toString() == "Ctrl+Z"
    assert window.menu_actions["&Copy"].shortcut().toString() == "Ctrl+C"


def test_should_write_an_opened_map_back_on_save_without_asking(window_for, template, tmp_path, qtbot, monkeypatch):
    path = tmp_path / "b2b.smap"
    save(template("extended-b2b"), path)
    window = window_for(load(path), path)
    monkeypatch.setattr(file_actions, "ask_save_path", lambda *a: pytest.fail("Save asked for a name"))
    window.modeling.set_info(title="Renamed")
    assert window.isWindowModified()
    qtbot.keyClick(window.canvas, Qt.Key.Key_S, CTRL)
    assert load(path).info.title == "Renamed" and not window.isWindowModified()


def test_should_ask_for_a_name_on_first_save_and_add_the_suffix(window_for, doc, tmp_path, monkeypatch):
    window = window_for(doc)
    window.modeling.add_node("stage", 0, 130, name="Lead")
    monkeypatch.setattr(file_actions, "ask_save_path", lambda *a: str(tmp_path / "workshop"))
    assert file_actions.save(window)
    assert window.path == tmp_path / "workshop.smap"
    assert load(window.path).to_dict() == window.document.to_dict()
    assert window.windowTitle().startswith("workshop.smap")


def test_should_explain_a_failed_save_and_keep_the_map_unsaved(window_for, doc, tmp_path, monkeypatch):
    window = window_for(doc, tmp_path / "missing-folder" / "map.smap")
    window.modeling.add_node("stage", 0, 130)
    shown = []
    monkeypatch.setattr(file_actions, "show_error", lambda parent, title, text, detail="": shown.append(f"{text}\n{detail}"))
    assert not file_actions.save(window)
    assert len(shown) == 1 and "could not be written" in shown[0]
    assert window.isWindowModified()


def test_should_open_a_map_in_its_own_window_and_refuse_a_bad_file_clearly(
        window_for, doc, tmp_path, monkeypatch, qtbot):
    window = window_for(doc)
    good, bad = tmp_path / "good.smap", tmp_path / "bad.smap"
    save(doc, good)
    bad.write_text('{"format": "salesmap", "version": 1, "nodes": [{"id": "a"}]}', encoding="utf-8")
    shown = []
    monkeypatch.setattr(file_actions, "show_error", lambda parent, title, text, detail="": shown.append(f"{text}\n{detail}"))
    monkeypatch.setattr(file_actions, "ask_open_path", lambda parent: str(bad))
    assert file_actions.open_map(window) is None
    assert len(shown) == 1 and "bad.smap" in shown[0] and "nodes[0]" in shown[0]
    monkeypatch.setattr(file_actions, "ask_open_path", lambda parent: str(good))
    opened = file_actions.open_map(window)
    qtbot.addWidget(opened)
    assert opened is not window and opened.path == good
    assert file_actions.open_map(window) is opened  # the same file is not opened twice


def test_should_open_a_new_empty_map_in_a_new_window(window_for, doc, qtbot):
    window = window_for(doc)
    fresh = file_actions.new_map(window)
    qtbot.addWidget(fresh)
    assert fresh is not window and len(fresh.document) == 0 and fresh.path is None


def test_should_run_every_installer_and_list_docks_in_view_panels(doc, qtbot, monkeypatch):
    from salesmap_studio.ui.main_window import MainWindow

    def install(window):
        window.add_dock(QDockWidget("Health", window), Qt.DockWidgetArea.RightDockWidgetArea)

    monkeypatch.setattr(extensions, "INSTALLERS", [install])
    monkeypatch.setattr("salesmap_studio.ui.main_window.INSTALLERS", [install])
    window = MainWindow(doc)
    qtbot.addWidget(window)
    assert "Health" in [action.text() for action in window.panels_menu.actions()]


def test_should_zoom_with_keys_and_show_it_in_the_status_bar(window_for, template, qtbot):
    window = window_for(template("extended-b2b"))
    qtbot.keyClick(window.canvas, Qt.Key.Key_0, CTRL)
    fit = window.canvas.zoom()
    assert fit < 1.0 and window.zoom_label.text() == f"{round(fit * 100)} %"
    qtbot.keyClick(window.canvas, Qt.Key.Key_1, CTRL)
    assert window.canvas.zoom() == pytest.approx(1.0) and window.zoom_label.text() == "100 %"
    visible = window.canvas.visible_rect()
    for node in window.document.nodes()[:1]:
        window.canvas.center_on(node.id)
        assert window.canvas.visible_rect().contains(node.x, node.y)
    assert visible != window.canvas.visible_rect()


def test_should_zoom_with_ctrl_wheel(window_for, doc, qtbot):
    from PySide6.QtCore import QPoint, QPointF
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication

    window = window_for(doc)
    centre = QPointF(window.canvas.viewport().rect().center())
    wheel = QWheelEvent(centre, QPointF(window.canvas.mapToGlobal(centre.toPoint())), QPoint(), QPoint(0, 120),
                        Qt.MouseButton.NoButton, CTRL, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(window.canvas.viewport(), wheel)
    assert window.canvas.zoom() > 1.1


def test_should_name_an_unsaved_window_after_the_maps_title(window_for, doc):
    window = window_for(doc)
    window.modeling.set_info(title="Enterprise deals")
    assert window.windowTitle().startswith("Enterprise deals")
    window.undo_stack.undo()
    assert window.windowTitle().startswith("Test map")


@pytest.mark.parametrize("language", ["en", "de"])
def test_should_show_the_whole_extended_template_after_fit_map(window_for, template, language, qtbot):
    window = window_for(template("extended-b2b", language))
    window.canvas.fit_map()
    qtbot.waitUntil(lambda: all(window.canvas.visible_rect().contains(node.x, node.y)
                                for node in window.document.nodes()))
    picture = window.canvas.viewport().grab().toImage()
    corner, scale = window.canvas.mapToScene(0, 0), window.canvas.zoom() * picture.devicePixelRatio()
    for node in window.document.nodes():   # every card in its own colour, with its name on it
        geometry = window.canvas.scene().item(node.id).geometry
        box = geometry.shape.rect
        on_screen = ((box.x - corner.x()) * scale, (box.y - corner.y()) * scale, box.w * scale, box.h * scale)
        card = ink_in(picture, *on_screen, QColor(geometry.shape.fill), 30)
        assert card >= 0.25 * on_screen[2] * on_screen[3], node.name   # a diamond fills half its box
        # zoomed out, the name is drawn larger within the card (level of detail), not at its usual place
        inside = (on_screen[0] + on_screen[2] / 4, on_screen[1] + on_screen[3] / 4, on_screen[2] / 2, on_screen[3] / 2)
        assert dark_in(picture, *inside) >= 3, f"{node.name}: its name is written on its card"


def test_should_keep_the_map_fitted_when_the_window_grows_until_the_user_zooms(window_for, template, qtbot):
    window = window_for(template("extended-b2b", "en"))
    window.canvas.fit_map()
    small = window.canvas.zoom()
    window.resize(1800, 1100)
    qtbot.waitUntil(lambda: window.canvas.zoom() > small * 1.2, timeout=2000)
    visible = window.canvas.mapToScene(window.canvas.viewport().rect()).boundingRect()
    assert visible.contains(window.canvas.scene().map_rect())
    qtbot.keyClick(window.canvas, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    zoomed = window.canvas.zoom()
    width = window.canvas.viewport().width()
    window.resize(1200, 800)
    qtbot.waitUntil(lambda: window.canvas.viewport().width() < width)   # the view has shrunk...
    assert window.canvas.zoom() == pytest.approx(zoomed)                 # ...and kept the user's zoom


def test_every_feature_slot_the_window_declares_is_filled_by_its_feature(window_for, doc):
    from salesmap_studio.ui.window_features import FeatureSlots

    window = window_for(doc)
    assert [slot for slot in FeatureSlots.__annotations__ if getattr(window, slot, None) is None] == []
