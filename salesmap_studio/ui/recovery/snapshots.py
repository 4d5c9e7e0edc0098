"""Recovery snapshots: the map as .smap JSON wrapped with where it came from and when.

A snapshot file is `{"recovery": {...}, "map": {...}}`, written with the one
atomic writer into the data folder — never over the user's file, never pickled.
Each running session writes into its own folder; a folder whose session is gone
(see `lock.py`) holds what a crash left behind.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterator

from ...model import SalesMap
from ...model.parts import MapParts
from ...persistence import SmapError, atomic_write, loads

SUFFIX = ".smap-recovery"


@dataclass(frozen=True)
class Snapshot:
    """One recoverable map: the file it lives in and what the dialog shows about it."""

    file: Path
    title: str
    original_path: Path | None
    saved_at: datetime
    problem: str = ""   # why it cannot be restored, if it cannot

    def load(self) -> SalesMap:
        """The map inside; SmapError with one clear message when the snapshot is damaged."""
        return loads(json.dumps(_read_envelope(self.file)["map"], ensure_ascii=False), str(self.file))


def write_snapshot(file: Path, doc: SalesMap | MapParts, original_path: Path | None) -> None:
    """Writes the snapshot; `doc` may be the document's parts, read on another thread (`background.py`)."""
    envelope = {
        "recovery": {
            "original_path": str(original_path) if original_path else None,
            "saved_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
            "title": doc.info.title,
        },
        "map": doc.to_dict(),
    }
    file.parent.mkdir(parents=True, exist_ok=True)
    atomic_write(file, compact_json(envelope))


# Compact, not the saved file's indented canonical form: nobody reads a snapshot, and indenting
# makes json use its pure-Python encoder (20,000 stages: 0.36 s instead of 0.13 s).
_ENCODER = json.JSONEncoder(ensure_ascii=False, allow_nan=False, separators=(",", ":"))
CHUNK = 1 << 16   # characters handed to the file at a time


def compact_json(envelope: dict) -> Iterator[bytes]:
    """`json.dumps(envelope)` in the compact form, plus a newline, as UTF-8 chunks, encoded one entity
    at a time: a C call holds the interpreter lock until it returns, so a worker thread encoding,
    joining or converting a 20,000-stage map (8 MB) in one call would stop the UI thread."""
    batch: list[str] = []
    size = 0
    for piece in _pieces(envelope, 3):
        batch.append(piece)
        size += len(piece)
        if size >= CHUNK:
            yield "".join(batch).encode("utf-8")
            batch, size = [], 0
    batch.append("\n")
    yield "".join(batch).encode("utf-8")


def _pieces(value, depth: int) -> Iterator[str]:
    """The JSON text of `value`; dicts and lists `depth` levels down are split into their members."""
    if depth and isinstance(value, dict):
        yield "{"
        for i, (key, member) in enumerate(value.items()):
            yield ("," if i else "") + _ENCODER.encode(key) + ":"
            yield from _pieces(member, depth - 1)
        yield "}"
    elif depth and isinstance(value, list):
        yield "["
        for i, member in enumerate(value):
            yield ("," if i else "") + _ENCODER.encode(member)
        yield "]"
    else:
        yield _ENCODER.encode(value)


def read_snapshot(file: Path) -> Snapshot:
    """What a snapshot file says about itself; a damaged one comes back with `problem` set."""
    try:
        meta = _read_envelope(file)["recovery"]
        saved_at = datetime.fromisoformat(meta["saved_at"])
        original = Path(meta["original_path"]) if meta.get("original_path") else None
        return Snapshot(file, str(meta.get("title") or ""), original, saved_at)
    except SmapError as error:
        return Snapshot(file, file.stem, None, _modified(file), problem=error.what)
    except (KeyError, TypeError, ValueError):
        return Snapshot(file, file.stem, None, _modified(file), problem="the recovery data is incomplete")


def delete_snapshot(file: Path) -> None:
    file.unlink(missing_ok=True)
    try:
        file.parent.rmdir()  # the session folder goes when its last snapshot does
    except OSError:
        pass


def _read_envelope(file: Path) -> dict:
    try:
        data = json.loads(file.read_bytes().decode("utf-8"))
    except OSError as error:
        raise SmapError(str(file), "", f"cannot read the snapshot ({error.strerror or error})") from None
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise SmapError(str(file), "", "the snapshot is damaged (not JSON)") from None
    if not isinstance(data, dict) or not isinstance(data.get("recovery"), dict) or "map" not in data:
        raise SmapError(str(file), "", "the snapshot is damaged (no map inside)")
    return data


def _modified(file: Path) -> datetime:
    try:
        return datetime.fromtimestamp(file.stat().st_mtime, timezone.utc)
    except OSError:
        return datetime.now(timezone.utc)
