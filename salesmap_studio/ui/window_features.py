"""What the main window carries besides its canvas: the feature slots, declared in one place.

Each feature's `install(window)` (listed in ui/extensions.py) adds its actions and docks and
returns what it gives the window, by slot name; `take_features` sets only slots declared here,
so this list says where `window.autosaver` comes from and no feature sets attributes itself.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable, Iterable

if TYPE_CHECKING:
    from PySide6.QtCore import QObject
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QMenu

    from .evidence_overlay import EvidenceOverlay
    from .evidence_panel import EvidencePanel
    from .panels.inspector_dock import InspectorDock
    from .panels.outline import Outline
    from .parking_lot import ParkingLot
    from .presentation.mode import Presentation
    from .presentation.projector import ProjectorView
    from .recovery.autosave import Autosaver
    from .recovery.watcher import ExternalChangeWatcher


class FeatureSlots:
    menu_actions: dict[str, QAction]    # actions.install_menus, called by the window itself: English text → action
    panels_menu: QMenu                   # actions.install_menus: View ▸ Panels
    autosaver: Autosaver                 # recovery/window.py
    file_watcher: ExternalChangeWatcher  # recovery/window.py
    presentation: Presentation           # presentation/mode.py
    projector: ProjectorView             # presentation/projector.py: F11
    export_action: QAction               # export_dialog.py
    print_action: QAction                # printing.py
    inspector_dock: InspectorDock        # panels/install.py
    outline: Outline                     # panels/install.py
    drop_opener: QObject                 # start_screen.py: dropped .smap files open
    parking_lot: ParkingLot              # parking_lot.py
    recent_menu: QMenu                   # recent_menu.py
    evidence_panel: EvidencePanel        # evidence_panel.py
    load_history_action: QAction         # evidence_panel.py: File ▸ Load Deal History…
    unload_history_action: QAction       # evidence_panel.py: File ▸ Unload Deal History
    evidence_overlay: EvidenceOverlay    # evidence_overlay.py: View ▸ Evidence on the Map

    def take_features(self, installers: Iterable[Callable]) -> None:
        """Runs each installer in order and keeps what it gives the window in its declared slot."""
        for install in installers:
            for slot, value in (install(self) or {}).items():
                if slot not in FeatureSlots.__annotations__:
                    raise AttributeError(f"{install.__qualname__} gives the window an undeclared slot {slot!r}")
                setattr(self, slot, value)
