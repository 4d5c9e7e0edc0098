"""File ▸ Export… with deal history loaded: the PDF offers the "Planned versus actual" pages, ticked."""

from __future__ import annotations

import io

from pypdf import PdfReader
from PySide6.QtCore import Qt

from salesmap_studio.persistence import load
from salesmap_studio.ui import evidence_panel
from salesmap_studio.ui.export_dialog import ExportDialog

from ..evidence.helpers import FIVE_STEP, FIXTURES
from .test_export_dialog import type_path

STORY = FIXTURES / "salesforce_opportunity_history.csv"


def _dialog(qtbot, window) -> ExportDialog:
    dialog = ExportDialog(window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _export(qtbot, dialog, out) -> str:
    type_path(qtbot, dialog, out)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    return " ".join(page.extract_text() for page in PdfReader(io.BytesIO(out.read_bytes())).pages)


def test_with_deal_history_the_pdf_gets_the_pages_unless_unticked(window_for, qtbot, monkeypatch, tmp_path):
    window = window_for(load(FIVE_STEP))
    monkeypatch.setattr(evidence_panel, "ask_history_path", lambda parent: str(STORY))
    window.load_history_action.trigger()
    qtbot.waitUntil(lambda: window.evidence_panel.data is not None, timeout=60000)
    dialog = _dialog(qtbot, window)
    assert dialog.evidence.isVisible() and dialog.evidence.isChecked()
    text = _export(qtbot, dialog, tmp_path / "with.pdf")
    assert "Planned versus actual" in text and "3 deals: 2 won, 1 lost, 0 open" in text
    dialog = _dialog(qtbot, window)
    qtbot.mouseClick(dialog.evidence, Qt.MouseButton.LeftButton)
    assert "Planned versus actual" not in _export(qtbot, dialog, tmp_path / "without.pdf")


def test_without_deal_history_nothing_is_offered(window_for, qtbot):
    dialog = _dialog(qtbot, window_for(load(FIVE_STEP)))
    assert not dialog.evidence.isVisible()
