"""Edit → Preferences…: language, autosave, snapping to the grid, default export page size.

Stored with QSettings (see `settings.py`). Snapping and the grid step apply to
open windows at once; the language applies after a restart, as the dialog says.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QSpinBox,
                               QVBoxLayout)

from .. import settings
from ..settings import AUTOSAVE_RANGE, GRID_RANGE, PAGE_SIZES, Preferences
from . import file_actions

SNAP_ACTION = "&Snap to Grid"


class PreferencesDialog(QDialog):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        prefs = settings.load_preferences()
        self.language = QComboBox(self)
        for code, name in (("system", self.tr("System language")), ("en", "English"), ("de", "Deutsch")):
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(prefs.language)))
        self.autosave = self._spin(AUTOSAVE_RANGE, prefs.autosave_seconds, self.tr(" s"))
        self.snap = QCheckBox(self.tr("Snap to the grid when moving"), self)
        self.snap.setChecked(prefs.snap_to_grid)
        self.grid_size = self._spin(GRID_RANGE, prefs.grid_size, "")
        self.page_size = QComboBox(self)
        self.page_size.addItems(list(PAGE_SIZES))
        self.page_size.setCurrentText(prefs.page_size)
        self._lay_out()

    def _spin(self, bounds: tuple[int, int], value: int, suffix: str) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setRange(*bounds)
        spin.setValue(value)
        spin.setSuffix(suffix)
        return spin

    def _lay_out(self) -> None:
        form = QFormLayout()
        restart = QLabel(self.tr("A new language applies when SalesMap Studio starts again."), self)
        restart.setStyleSheet("color: #5F6B76;")
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow("", restart)
        form.addRow(self.tr("&Autosave at least every:"), self.autosave)
        form.addRow(self.tr("Grid:"), self.snap)
        form.addRow(self.tr("Grid &step:"), self.grid_size)
        form.addRow(self.tr("Default &page size for PDF:"), self.page_size)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def chosen(self) -> Preferences:
        return replace(settings.load_preferences(), language=self.language.currentData(),
                       autosave_seconds=self.autosave.value(),
                       snap_to_grid=self.snap.isChecked(), grid_size=self.grid_size.value(),
                       page_size=self.page_size.currentText())

    def accept(self) -> None:
        settings.save_preferences(self.chosen())
        for window in file_actions.open_windows():
            apply_to(window)
        super().accept()


def apply_to(window) -> None:
    """Snapping and grid step from the preferences, on one window."""
    prefs = settings.load_preferences()
    window.canvas.grid_step = float(prefs.grid_size)
    snap = getattr(window, "menu_actions", {}).get(SNAP_ACTION)
    if snap is not None:
        snap.setChecked(prefs.snap_to_grid)   # its toggled signal switches the canvas
    else:
        window.canvas.snap_to_grid = prefs.snap_to_grid
    if hasattr(window, "autosaver"):
        window.autosaver.set_interval(prefs.autosave_seconds)


def install(window) -> None:
    action = QAction(QCoreApplication.translate("PreferencesDialog", "Pre&ferences…"), window)
    action.setMenuRole(QAction.MenuRole.PreferencesRole)
    # The platform's key where it has one (macOS: Cmd+,); elsewhere the common Ctrl+,.
    action.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences) or [QKeySequence("Ctrl+,")])
    action.triggered.connect(lambda: PreferencesDialog(window).exec())
    window.menus["edit"].addSeparator()
    window.menus["edit"].addAction(action)
    apply_to(window)
    snap = getattr(window, "menu_actions", {}).get(SNAP_ACTION)
    if snap is not None:
        snap.toggled.connect(_remember_snapping)


def _remember_snapping(on: bool) -> None:
    """Arrange → Snap to Grid is the same setting: the next window starts the way the user left it."""
    prefs = settings.load_preferences()
    if prefs.snap_to_grid != on:
        settings.save_preferences(replace(prefs, snap_to_grid=on))
