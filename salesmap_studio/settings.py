"""The user's preferences and recent files, kept with QSettings (typed, with defaults).

One place reads and writes these keys, so the Preferences dialog, the canvas
(grid, snapping), autosave, the export dialogs and the start screen agree on
names and defaults.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, fields
from pathlib import Path

from PySide6.QtCore import QSettings

ORGANIZATION = "SalesMap Studio"
APPLICATION = "SalesMap Studio"
LANGUAGES = ("system", "en", "de")
PAGE_SIZES = ("A4", "A3", "A2", "A1", "Letter", "Legal", "Tabloid")  # as export.pdf offers them
AUTOSAVE_RANGE = (10, 600)   # seconds
GRID_RANGE = (5, 200)        # scene units
RECENT_LIMIT = 10
REMEMBERED_HEADER_SETS = 50   # column choices kept for this many different tables


@dataclass(frozen=True)
class Preferences:
    language: str = "system"        # "system", "en" or "de"; applies after a restart
    autosave_seconds: int = 30      # at most this long between recovery snapshots while unsaved
    snap_to_grid: bool = False      # as the canvas starts; Arrange → Snap to Grid changes it too
    grid_size: int = 20
    page_size: str = "A4"           # the default page size of PDF export


def _settings() -> QSettings:
    return QSettings(ORGANIZATION, APPLICATION)


def _clamp(value: int, bounds: tuple[int, int]) -> int:
    return max(bounds[0], min(bounds[1], value))


def _valid(prefs: Preferences) -> Preferences:
    """Values from a hand-edited or old settings file, brought back into range."""
    defaults = Preferences()
    return Preferences(
        language=prefs.language if prefs.language in LANGUAGES else defaults.language,
        autosave_seconds=_clamp(prefs.autosave_seconds, AUTOSAVE_RANGE),
        snap_to_grid=prefs.snap_to_grid,
        grid_size=_clamp(prefs.grid_size, GRID_RANGE),
        page_size=prefs.page_size if prefs.page_size in PAGE_SIZES else defaults.page_size,
    )


def load_preferences() -> Preferences:
    store, defaults, values = _settings(), Preferences(), {}
    for field in fields(Preferences):
        default = getattr(defaults, field.name)
        try:
            values[field.name] = store.value(f"preferences/{field.name}", default, type=type(default))
        except (TypeError, ValueError):
            values[field.name] = default
    return _valid(Preferences(**values))


def save_preferences(prefs: Preferences) -> None:
    store = _settings()
    for key, value in asdict(_valid(prefs)).items():
        store.setValue(f"preferences/{key}", value)
    store.sync()


def recent_files() -> list[Path]:
    """Recently opened or saved maps, newest first, only those that still exist."""
    paths = _settings().value("recent/files", [], type=list) or []
    return [Path(p) for p in paths if isinstance(p, str) and Path(p).is_file()]


def add_recent_file(path: str | Path) -> None:
    path = str(Path(path).resolve())
    paths = [p for p in (str(q) for q in recent_files()) if p != path]
    store = _settings()
    store.setValue("recent/files", [path, *paths][:RECENT_LIMIT])
    store.sync()


def clear_recent_files() -> None:
    store = _settings()
    store.remove("recent/files")
    store.sync()


def forget_recent_file(path: str | Path) -> None:
    path = str(Path(path).resolve())
    store = _settings()
    store.setValue("recent/files", [str(p) for p in recent_files() if str(p) != path])
    store.sync()


def _header_set(headers: list[str]) -> str:
    """One key per set of headers, whatever their order: the same export from the same CRM."""
    return hashlib.sha256("\x1f".join(sorted(set(headers))).encode("utf-8", "surrogatepass")).hexdigest()[:32]


def _per_header_set(key: str) -> dict:
    """What was remembered under `key` per set of headers ({} if nothing or unreadable)."""
    try:
        stored = json.loads(_settings().value(key, "{}", type=str))
    except (TypeError, ValueError):
        return {}
    return stored if isinstance(stored, dict) else {}


def _remember_per_header_set(key: str, headers: list[str], value) -> None:
    """Keeps `value` for the next table with the same headers; the oldest tables go first."""
    stored = _per_header_set(key)
    header_set = _header_set(headers)
    stored.pop(header_set, None)
    if value is not None:
        stored[header_set] = value
    store = _settings()
    store.setValue(key, json.dumps(dict(list(stored.items())[-REMEMBERED_HEADER_SETS:])))
    store.sync()


def remembered_columns(headers: list[str]) -> dict[str, str | None]:
    """Role -> header (None: no column) as the user chose it for a table with these headers ({} if never)."""
    chosen = _per_header_set("evidence/columns").get(_header_set(headers), {})
    if not isinstance(chosen, dict):
        return {}
    return {role: header for role, header in chosen.items()
            if isinstance(role, str) and (header is None or isinstance(header, str))}


def remember_columns(headers: list[str], chosen: dict[str, str | None]) -> None:
    _remember_per_header_set("evidence/columns", headers, dict(chosen))


def remembered_dates(headers: list[str]) -> str | None:
    """"day-first" or "month-first" as the user answered for a table with these headers whose dates
    do not tell (None if never asked)."""
    order = _per_header_set("evidence/dates").get(_header_set(headers))
    return order if order in ("day-first", "month-first") else None


def remember_dates(headers: list[str], order: str | None) -> None:
    """Keeps the answer (None forgets it, so the next load asks again)."""
    _remember_per_header_set("evidence/dates", headers, order)
