"""Help ▸ About shows the running version, the three licences and where the docs are."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QLabel, QPlainTextEdit  # noqa: E402

import salesmap_studio  # noqa: E402
from salesmap_studio.ui.about_dialog import AboutDialog, app_version  # noqa: E402


def open_about(qtbot) -> AboutDialog:
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_about_shows_the_package_version(qtbot):
    dialog = open_about(qtbot)
    label = dialog.findChild(QLabel, "version")
    assert salesmap_studio.__version__ in label.text()
    assert app_version() == salesmap_studio.__version__


def test_about_carries_the_project_font_and_icon_licences(qtbot):
    dialog = open_about(qtbot)
    texts = {name: dialog.findChild(QPlainTextEdit, name).toPlainText()
             for name in ("licence", "font-licence", "icon-licence")}
    assert "MIT" in texts["licence"] or "Permission is hereby granted" in texts["licence"]
    assert "DejaVu" in texts["font-licence"] or "Bitstream" in texts["font-licence"]
    assert "drawn for the SalesMap Studio project" in texts["icon-licence"]
    assert [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())] == [
        "About", "Licence", "Font licence", "Icon licence"]


def test_about_points_to_the_docs_and_shows_the_app_icon(qtbot):
    dialog = open_about(qtbot)
    assert "docs/" in dialog.findChild(QLabel, "docs").text()
    assert not dialog.windowIcon().isNull()


def test_close_button_closes_the_dialog(qtbot):
    dialog = open_about(qtbot)
    from PySide6.QtWidgets import QDialogButtonBox

    button = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Close)
    with qtbot.waitSignal(dialog.rejected):
        button.click()
    assert not dialog.isVisible()
