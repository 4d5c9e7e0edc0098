"""What the evidence tests share: the five-step template as the map, and files written in a temp folder."""

from __future__ import annotations

import json
from pathlib import Path

from salesmap_studio.evidence.history import read_history
from salesmap_studio.evidence.report import compare
from salesmap_studio.persistence import load

REPO = Path(__file__).resolve().parents[2]
FIXTURES = Path(__file__).resolve().parent / "fixtures"
FIVE_STEP = REPO / "resources" / "templates" / "five-step.en.smap"


def evidence_of(history: Path, doc=None, **options) -> dict:
    """The JSON contract for `history` over `doc` (default: the five-step template), read back strictly."""
    read = {key: options.pop(key) for key in ("kind", "dates", "columns") if key in options}
    data = compare(doc or load(FIVE_STEP), read_history(str(history), **read), **options).to_dict()
    return json.loads(json.dumps(data, allow_nan=False))


def write_table(folder: Path, rows: list[str], name: str = "events.csv") -> Path:
    path = folder / name
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path
