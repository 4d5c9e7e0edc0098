"""Backups of the last saved versions of each map, in the data folder.

Every successful save also puts a copy of what was saved into
`backups/<hash of the file's path>/`, with a small `origin.json` naming the file;
only the newest `KEEP` versions stay. File → Restore a previous version… lists them.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from ...persistence import atomic_write

KEEP = 5


@dataclass(frozen=True)
class Backup:
    file: Path
    saved_at: datetime


def _folder(root: Path, original: Path) -> Path:
    key = hashlib.sha256(str(original.resolve()).encode("utf-8")).hexdigest()[:24]
    return root / "backups" / key


def add_backup(root: Path, original: Path, data: bytes, keep: int = KEEP) -> None:
    """Keeps `data` as the newest saved version of `original` (same bytes as the newest: nothing to do)."""
    folder = _folder(root, original)
    versions = backups_of(root, original)
    if versions and versions[0].file.read_bytes() == data:
        return
    folder.mkdir(parents=True, exist_ok=True)
    atomic_write(folder / "origin.json", json.dumps({"path": str(original.resolve())}).encode("utf-8"))
    now = datetime.now(timezone.utc)
    name = now.strftime("%Y%m%dT%H%M%S%fZ")
    while (folder / f"{name}.smap").exists():   # two saves within one microsecond
        name += "-"
    atomic_write(folder / f"{name}.smap", data)
    for old in backups_of(root, original)[keep:]:
        old.file.unlink(missing_ok=True)


def backups_of(root: Path, original: Path) -> list[Backup]:
    """The kept versions of `original`, newest first."""
    folder = _folder(root, original)
    found = []
    for file in folder.glob("*.smap"):
        try:
            stamp = datetime.strptime(file.stem.rstrip("-"), "%Y%m%dT%H%M%S%fZ").replace(tzinfo=timezone.utc)
        except ValueError:
            continue
        found.append(Backup(file, stamp))
    return sorted(found, key=lambda b: (b.saved_at, b.file.name), reverse=True)
