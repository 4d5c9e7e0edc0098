"""Pieces of the scripts that run the real app in its own process for a test (crash, safety net).

Each script is PRELUDE + its own steps + `run_after(...)`: the app starts on the files in
sys.argv, and the steps run from its event loop after `delay_ms`, with real Qt input events.
"""

from __future__ import annotations

import textwrap

PRELUDE = textwrap.dedent("""
    import json, sys
    from PySide6.QtCore import QPointF, Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QMessageBox
    from salesmap_studio import app
    from salesmap_studio.ui import file_actions

    def say(**what):
        print(json.dumps(what), flush=True)

    def type_a_stage(name):
        '''Double-click on empty canvas right of the map, type the name, Enter; the window is made
        active so its shortcuts work.'''
        window = file_actions.open_windows()[0]
        doc = window.document
        x, y = max(n.x for n in doc.nodes()) + 420, doc.info.lane_height / 2
        window.canvas.centerOn(x, y)
        QTest.mouseDClick(window.canvas.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                          window.canvas.mapFromScene(QPointF(x, y)))
        QTest.keyClicks(window.canvas.editor, name)
        QTest.keyClick(window.canvas.editor, Qt.Key.Key_Return)
        window.activateWindow()
        for _ in range(500):
            if window.isActiveWindow():
                break
            QTest.qWait(10)
        return window
""")


def run_after(delay_ms: int, steps: str, files: str = "sys.argv[1:]") -> str:
    """The script's end: start the app on `files` and call `steps()` from its event loop."""
    return textwrap.dedent(f"""
        app.application()   # the timer needs the application that app.run will use
        QTimer.singleShot({delay_ms}, {steps})
        sys.exit(app.run({files}))
    """)
