"""The last export and print choices, remembered per map (keyed by its file path) in QSettings."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, replace

from PySide6.QtCore import QSettings

from ..export.pdf import ORIENTATIONS, PAGE_SIZES, PdfOptions
from ..interop.registry import EXPORT_CHOICES
from ..settings import APPLICATION, ORGANIZATION, load_preferences

DRAWN = ("pdf", "png", "svg", "html", "pptx")   # drawn from the map's geometry, with options of their own
FORMATS = DRAWN + tuple(EXPORT_CHOICES)   # then other tools' files (interop/)


def ending(fmt: str) -> str:
    """The file ending of a format's export (".pdf", ".bpmn", ".json"), or "" where it writes a folder."""
    return EXPORT_CHOICES[fmt][1] if fmt in EXPORT_CHOICES else f".{fmt}"
KEY = "export/choices"
REMEMBERED_MAPS = 50


@dataclass(frozen=True)
class ExportChoices:
    format: str = "pdf"
    page: str = "A4"
    orientation: str = "auto"
    poster: bool = False
    columns: int = 2
    rows: int = 2
    playbook: bool = True
    parking_lot: bool = False
    evidence: bool = True           # the "Planned versus actual" pages, offered when deal history is loaded
    dpi: int = 150
    transparent: bool = False
    title_and_legend: bool = True   # PNG: the map's title above it and the legend below, as in the PDF
    path: str = ""

    def pdf_options(self) -> PdfOptions:
        return PdfOptions(self.page, self.orientation, (self.columns, self.rows) if self.poster else None,
                          self.playbook, self.parking_lot)

    def valid(self) -> "ExportChoices":
        """Values from an old or hand-edited settings file, brought back into range."""
        default = ExportChoices()
        return replace(
            self,
            format=self.format if self.format in FORMATS else default.format,
            page=self.page if self.page in PAGE_SIZES else default.page,
            orientation=self.orientation if self.orientation in ORIENTATIONS else default.orientation,
            columns=min(max(int(self.columns), 1), 20), rows=min(max(int(self.rows), 1), 20),
            dpi=min(max(int(self.dpi), 30), 2400),
        )


def _store() -> dict:
    raw = QSettings(ORGANIZATION, APPLICATION).value(KEY, "{}")
    try:
        data = json.loads(raw) if isinstance(raw, str) else {}
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}


def load_choices(map_path) -> ExportChoices:
    """What was chosen for this map last time, else the defaults (page size from Preferences)."""
    saved = _store().get(str(map_path or ""), {})
    fields = ExportChoices.__dataclass_fields__
    try:
        known = {k: v for k, v in saved.items() if k in fields and isinstance(v, type(getattr(ExportChoices(), k)))}
        return ExportChoices(**{"page": load_preferences().page_size, **known}).valid()
    except (AttributeError, TypeError, ValueError):
        return ExportChoices(page=load_preferences().page_size).valid()


def save_choices(map_path, choices: ExportChoices) -> None:
    store = _store()
    store.pop(str(map_path or ""), None)
    store[str(map_path or "")] = asdict(choices)
    for old in list(store)[:-REMEMBERED_MAPS]:
        del store[old]
    settings = QSettings(ORGANIZATION, APPLICATION)
    settings.setValue(KEY, json.dumps(store))
    settings.sync()
