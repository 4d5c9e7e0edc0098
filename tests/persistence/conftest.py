"""Bad files too large to commit, written into tmp_path at test time."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

FIXTURES = Path(__file__).resolve().parent / "fixtures"


def valid_map() -> dict:
    return json.loads((FIXTURES / "valid.smap").read_text("utf-8"))


def _forty_megabytes(path: Path) -> None:
    data = valid_map()
    data["nodes"][0]["notes"] = "x" * 19_000
    data["notes"] = [{"id": f"n{i}", "text": "x" * 19_000} for i in range(2_200)]
    path.write_text(json.dumps(data), "utf-8")


def _nested_brackets(path: Path) -> None:
    path.write_text('{"format": "salesmap", "version": 1, "nodes": ' + "[" * 100_000 + "]" * 100_000 + "}", "utf-8")


def _many_checklist_items(path: Path) -> None:
    data = valid_map()
    data["nodes"][0]["exit_checklist"] = [{"text": f"Item {i}", "required": False} for i in range(5_000)]
    path.write_text(json.dumps(data, indent=2), "utf-8")


GENERATED = {
    "40-megabytes.smap": _forty_megabytes,
    "100000-nested-brackets.smap": _nested_brackets,
    "5000-checklist-items.smap": _many_checklist_items,
}


@pytest.fixture
def generated_file(tmp_path):
    """`generated_file("40-megabytes.smap")` -> the path of that bad file, written now."""

    def write(name: str) -> Path:
        path = tmp_path / name
        GENERATED[name](path)
        return path

    return write
