"""One commit point for what is being typed.

A name typed into the canvas's in-place editor, an Inspector field or a list
cell reaches the map when the editor is left (Enter, Tab, a click elsewhere).
A shortcut or a menu does not leave it: Ctrl+S would save the map without the
text, and the title would say all is saved. So every action that reads or
replaces the document (save, save as, export, print, present, undo, redo,
close, quit) first calls `commit_pending(window)`: the editor that holds typed
text commits it as its own undo step, or, when the text is refused, keeps it,
shows why, and the action does not happen.

An editor takes part by having a `commit_pending() -> bool` method (on the
widget itself, on one of its parents, or on the delegate of the list it edits).
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtWidgets import QAbstractItemView, QApplication, QWidget


def commit_pending(window) -> bool:
    """Commits what an editor of `window` holds; False when it was refused (the reason is shown)."""
    if not window.canvas.editor.commit_pending():
        return False
    holder = _committer(_focus_in(window))
    return holder() if holder is not None else True


def first_commit(window, action: Callable[[], object]) -> Callable[[], object]:
    """`action`, run only after what is being typed has been committed."""
    return lambda *_: action() if commit_pending(window) else None


def _focus_in(window) -> QWidget | None:
    focused = QApplication.focusWidget()
    if focused is not None and (focused is window or window.isAncestorOf(focused)):
        return focused
    return window.focusWidget()   # the window is not active: where its focus will return


def _committer(widget: QWidget | None) -> Callable[[], bool] | None:
    while widget is not None:
        candidates = [widget, widget.itemDelegate()] if isinstance(widget, QAbstractItemView) else [widget]
        for candidate in candidates:
            commit = getattr(candidate, "commit_pending", None)
            if commit is not None:
                return commit
        if widget.isWindow():
            return None
        widget = widget.parentWidget()
    return None
