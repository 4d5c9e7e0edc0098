"""Panels bound to a document, an undo stack and a selection, without a main window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QUndoStack

from salesmap_studio.editing import Modeling
from salesmap_studio.ui.panels.context import PanelContext
from salesmap_studio.ui.selection import Selection


@pytest.fixture(autouse=True)
def private_settings(tmp_path_factory):
    """Remembered panel layouts go to a throwaway folder, never the developer's own settings."""
    folder = tmp_path_factory.mktemp("settings")
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        QSettings.setPath(QSettings.Format.NativeFormat, scope, str(folder))
        QSettings.setPath(QSettings.Format.IniFormat, scope, str(folder))
    return folder


@pytest.fixture
def context_for(qapp):
    """`context_for(doc)`: a PanelContext whose refused edits are collected in `.reports`."""

    def make(document) -> PanelContext:
        reports: list[str] = []
        context = PanelContext(document, Modeling(document, QUndoStack()), Selection(), report=reports.append)
        context.reports = reports
        context.centred = []
        context.center_on = context.centred.append
        return context

    return make


@pytest.fixture
def shown(qtbot):
    """Shows a panel widget at a workshop-like size and waits until it is on screen."""

    def show(widget, width: int = 360, height: int = 900):
        qtbot.addWidget(widget)
        widget.resize(width, height)
        widget.show()
        qtbot.waitExposed(widget)
        widget.activateWindow()  # key presses go to the focused widget of the active window
        qtbot.waitUntil(widget.isActiveWindow)
        return widget

    return show
