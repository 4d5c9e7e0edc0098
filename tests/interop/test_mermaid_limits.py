"""A map too big for Mermaid's default limits is still written, and the user is told before
(the Export dialog) and after (the command line) that most wikis will not draw it."""

from __future__ import annotations

from PySide6.QtCore import Qt

from salesmap_studio.cli import main
from salesmap_studio.persistence import save
from salesmap_studio.ui.export_dialog import ExportDialog

from .maps import big_map


def test_the_command_line_warns_that_wikis_will_not_draw_a_huge_diagram(tmp_path, capsys):
    smap, out = tmp_path / "big.smap", tmp_path / "big.mmd"
    save(big_map(450), smap)
    assert main(["export", str(smap), str(out)]) == 0
    warning = capsys.readouterr().err.strip()
    assert out.exists() and "warning:" in warning and "Mermaid draws at most 50,000 and 500" in warning
    assert len(warning.splitlines()) == 1


def test_a_template_exports_without_a_warning(tmp_path, capsys, template):
    smap = tmp_path / "t.smap"
    save(template("extended-b2b", "en"), smap)
    assert main(["export", str(smap), str(tmp_path / "t.mmd")]) == 0
    assert capsys.readouterr().err == ""


def test_the_export_dialog_says_so_before_exporting(qtbot, window_for):
    window = window_for(big_map(450))
    dialog = ExportDialog(window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.format.setFocus()
    while dialog.format.currentData() != "mmd":   # down the format list with the keyboard
        qtbot.keyClick(dialog.format, Qt.Key.Key_Down)
    assert "too big for Mermaid" in dialog.note.text()
