"""File ▸ Export… ▸ Web page (HTML): chosen with the keyboard, exported with the mouse."""

from __future__ import annotations

from PySide6.QtCore import Qt

from ..test_export_dialog import choose, open_dialog, type_path
from .test_web_export import data_block


def test_the_export_dialog_writes_the_web_page(qtbot, window_for, template, tmp_path):
    window, dialog = open_dialog(qtbot, window_for, template, tmp_path)
    choose(qtbot, dialog.format, "Web page (HTML)")
    assert not dialog.transparent.isEnabled() and not dialog.playbook.isEnabled()
    assert "web browser" in dialog.note.text()
    out = tmp_path / "share" / "map.html"
    out.parent.mkdir()
    type_path(qtbot, dialog, out)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    data = data_block(out.read_text(encoding="utf-8"))
    assert data["title"] == window.document.info.title
    assert [node["name"] for node in data["nodes"].values()] == [node.name for node in window.document.nodes()]
